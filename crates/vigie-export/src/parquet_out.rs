//! Vigie's events as Parquet, with parquet's own column writer (no Arrow:
//! a much cheaper build). Columns and types are in [`SCHEMA`]; rows go out
//! in row groups of [`ROW_GROUP`] events.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use vigie_store::{EventFilter, EventRecord, Store};

use crate::ExportError;

/// The Parquet schema: the columns of [`crate::CSV_COLUMNS`], typed.
pub const SCHEMA: &str = "message vigie_event {
    REQUIRED INT64 id;
    OPTIONAL BYTE_ARRAY source (UTF8);
    OPTIONAL BYTE_ARRAY target (UTF8);
    OPTIONAL BYTE_ARRAY source_text (UTF8);
    OPTIONAL BYTE_ARRAY target_text (UTF8);
    REQUIRED BYTE_ARRAY cameo (UTF8);
    REQUIRED BYTE_ARRAY cameo_label (UTF8);
    REQUIRED BYTE_ARRAY cameo_root (UTF8);
    REQUIRED INT32 quad_class;
    REQUIRED DOUBLE goldstein;
    OPTIONAL BYTE_ARRAY plover_event (UTF8);
    OPTIONAL BYTE_ARRAY plover_mode (UTF8);
    REQUIRED BOOLEAN symmetric;
    REQUIRED BOOLEAN historical;
    REQUIRED BYTE_ARRAY factuality (UTF8);
    OPTIONAL DOUBLE confidence;
    OPTIONAL BYTE_ARRAY date (UTF8);
    OPTIONAL BYTE_ARRAY date_precision (UTF8);
    OPTIONAL INT32 date_start (DATE);
    OPTIONAL INT32 date_end (DATE);
    OPTIONAL BYTE_ARRAY location_name (UTF8);
    OPTIONAL BYTE_ARRAY location_country (UTF8);
    OPTIONAL DOUBLE lat;
    OPTIONAL DOUBLE lon;
    OPTIONAL BYTE_ARRAY place_id (UTF8);
    REQUIRED INT64 num_mentions;
    REQUIRED INT64 num_sources;
    REQUIRED INT64 num_articles;
    OPTIONAL BYTE_ARRAY first_seen (UTF8);
    OPTIONAL BYTE_ARRAY last_seen (UTF8);
    REQUIRED BYTE_ARRAY article_id (UTF8);
    OPTIONAL BYTE_ARRAY source_url (UTF8);
    REQUIRED BYTE_ARRAY publisher (UTF8);
    REQUIRED BYTE_ARRAY language (UTF8);
    REQUIRED INT64 sentence_index;
    REQUIRED BYTE_ARRAY evidence (UTF8);
}";

pub const ROW_GROUP: usize = 65_536;

fn day(iso: &Option<String>) -> Option<i32> {
    iso.as_deref().and_then(vigie_store::dates::interval).and_then(|(lo, _)| i32::try_from(lo).ok())
}

/// One column of a row group: its values and, for an optional column, the
/// definition level of each row (1 present, 0 null).
enum Column {
    I64(Vec<i64>),
    I32(Vec<i32>, Option<Vec<i16>>),
    F64(Vec<f64>, Option<Vec<i16>>),
    Bool(Vec<bool>),
    Str(Vec<ByteArray>, Option<Vec<i16>>),
}

fn strs(rows: &[EventRecord], required: bool, f: impl Fn(&EventRecord) -> Option<&str>) -> Column {
    let mut values = Vec::with_capacity(rows.len());
    let mut levels = Vec::with_capacity(rows.len());
    for r in rows {
        match f(r) {
            Some(s) => {
                values.push(ByteArray::from(s.as_bytes().to_vec()));
                levels.push(1);
            }
            None if required => {
                values.push(ByteArray::from(Vec::new()));
                levels.push(1);
            }
            None => levels.push(0),
        }
    }
    Column::Str(values, (!required).then_some(levels))
}

fn opt_f64(rows: &[EventRecord], f: impl Fn(&EventRecord) -> Option<f64>) -> Column {
    let values: Vec<f64> = rows.iter().filter_map(&f).collect();
    Column::F64(values, Some(rows.iter().map(|r| f(r).is_some() as i16).collect()))
}

fn opt_date(rows: &[EventRecord], f: impl Fn(&EventRecord) -> Option<i32>) -> Column {
    let values: Vec<i32> = rows.iter().filter_map(&f).collect();
    Column::I32(values, Some(rows.iter().map(|r| f(r).is_some() as i16).collect()))
}

fn columns(rows: &[EventRecord]) -> Vec<Column> {
    let loc = |r: &EventRecord| r.location.clone();
    vec![
        Column::I64(rows.iter().map(|r| r.id).collect()),
        strs(rows, false, |r| r.source.as_deref()),
        strs(rows, false, |r| r.target.as_deref()),
        strs(rows, false, |r| r.source_text.as_deref()),
        strs(rows, false, |r| r.target_text.as_deref()),
        strs(rows, true, |r| Some(&r.cameo)),
        strs(rows, true, |r| Some(&r.cameo_label)),
        strs(rows, true, |r| Some(&r.cameo_root)),
        Column::I32(rows.iter().map(|r| r.quad_class as i32).collect(), None),
        Column::F64(rows.iter().map(|r| r.goldstein).collect(), None),
        strs(rows, false, |r| r.plover_event.as_deref()),
        strs(rows, false, |r| r.plover_mode.as_deref()),
        Column::Bool(rows.iter().map(|r| r.symmetric).collect()),
        Column::Bool(rows.iter().map(|r| r.historical).collect()),
        strs(rows, true, |r| Some(r.factuality.as_str())),
        opt_f64(rows, |r| r.confidence),
        strs(rows, false, |r| r.date.as_deref()),
        strs(rows, false, |r| r.date_precision.map(|p| p.as_str())),
        opt_date(rows, |r| day(&r.date_start)),
        opt_date(rows, |r| day(&r.date_end)),
        strs(rows, false, |r| r.location.as_ref().map(|l| l.name.as_str())),
        strs(rows, false, |r| r.location.as_ref().map(|l| l.country.as_str())),
        opt_f64(rows, |r| loc(r).map(|l| l.lat)),
        opt_f64(rows, |r| loc(r).map(|l| l.lon)),
        strs(rows, false, |r| r.location.as_ref().map(|l| l.place_id.as_str())),
        Column::I64(rows.iter().map(|r| r.num_mentions as i64).collect()),
        Column::I64(rows.iter().map(|r| r.num_sources as i64).collect()),
        Column::I64(rows.iter().map(|r| r.num_articles as i64).collect()),
        strs(rows, false, |r| r.first_seen.as_deref()),
        strs(rows, false, |r| r.last_seen.as_deref()),
        strs(rows, true, |r| Some(&r.article_id)),
        strs(rows, false, |r| r.source_url.as_deref()),
        strs(rows, true, |r| Some(&r.publisher)),
        strs(rows, true, |r| Some(&r.language)),
        Column::I64(rows.iter().map(|r| r.sentence_index as i64).collect()),
        strs(rows, true, |r| Some(&r.evidence)),
    ]
}

fn write_group<W: Write + Send>(writer: &mut SerializedFileWriter<W>, rows: &[EventRecord]) -> Result<(), ExportError> {
    let mut group = writer.next_row_group()?;
    for column in columns(rows) {
        let Some(mut w) = group.next_column()? else { break };
        match &column {
            Column::I64(v) => {
                w.typed::<Int64Type>().write_batch(v, None, None)?;
            }
            Column::I32(v, levels) => {
                w.typed::<Int32Type>().write_batch(v, levels.as_deref(), None)?;
            }
            Column::F64(v, levels) => {
                w.typed::<DoubleType>().write_batch(v, levels.as_deref(), None)?;
            }
            Column::Bool(v) => {
                w.typed::<BoolType>().write_batch(v, None, None)?;
            }
            Column::Str(v, levels) => {
                w.typed::<ByteArrayType>().write_batch(v, levels.as_deref(), None)?;
            }
        }
        w.close()?;
    }
    group.close()?;
    Ok(())
}

/// Writes the selected events as one Parquet file; returns their number.
pub fn write<W: Write + Send>(store: &Store, filter: &EventFilter, out: W) -> Result<u64, ExportError> {
    let schema = Arc::new(parse_message_type(SCHEMA)?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(concat!("vigie ", env!("CARGO_PKG_VERSION")).to_string())
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    let mut rows = Vec::with_capacity(ROW_GROUP);
    let mut n = 0u64;
    let mut failure: Option<ExportError> = None;
    store.for_each_event(filter, |e| {
        rows.push(e);
        n += 1;
        if rows.len() >= ROW_GROUP {
            if let Err(err) = write_group(&mut writer, &rows) {
                failure = Some(err);
                return Err(vigie_store::StoreError::Io(std::io::Error::other("parquet write failed")));
            }
            rows.clear();
        }
        Ok(())
    })
    .map_err(|e| failure.take().unwrap_or(ExportError::Store(e)))?;
    if !rows.is_empty() {
        write_group(&mut writer, &rows)?;
    }
    writer.close()?;
    Ok(n)
}
