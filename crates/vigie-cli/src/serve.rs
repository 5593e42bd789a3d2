//! `vigie serve`: the HTTP API and the dashboard over the store
//! (`vigie-server`). Arguments are read here; everything else is the server's.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::{bail, Context, Result};

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on. Loopback by default: give 0.0.0.0:PORT
    /// (or a LAN address) to serve a team's network.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
    pub addr: SocketAddr,
    /// The key write requests (POST /api/articles) must carry, as
    /// `Authorization: Bearer KEY` or `X-API-Key: KEY`. Without one the
    /// server is read-only.
    #[arg(
        long,
        env = "VIGIE_API_KEY",
        value_name = "KEY",
        hide_env_values = true
    )]
    pub api_key: Option<String>,
    /// Store connections used for reading at once.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub readers: usize,
}

pub fn serve(db: &Path, lexicons: Option<&Path>, args: &ServeArgs) -> Result<bool> {
    let api_key = args.api_key.clone().filter(|k| !k.trim().is_empty());
    if let Some(k) = &api_key {
        if k.trim().len() < 12 {
            bail!("--api-key: use at least 12 characters (a long random key, e.g. `openssl rand -hex 16`)");
        }
    }
    // A read-only server on a store that does not exist would only answer
    // errors; with a key, articles posted to it create the store.
    if api_key.is_none() && !db.exists() {
        bail!(
            "no store at {} (run `vigie ingest` first, or give --db)",
            db.display()
        );
    }
    // The lexicons are needed only to code posted articles.
    let lexicon = match &api_key {
        Some(_) => Some(&*Box::leak(Box::new(crate::load_lexicon(lexicons)?))),
        None => None,
    };
    let config = vigie_server::ServerConfig {
        db: db.to_path_buf(),
        addr: args.addr,
        api_key,
        lexicon,
        readers: args.readers.max(1),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime
        .block_on(vigie_server::serve(config))
        .with_context(|| format!("serving on {}", args.addr))?;
    Ok(true)
}
