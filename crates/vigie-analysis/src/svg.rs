//! A dyad's series as an inline SVG chart, written by hand: per period, a
//! green bar for cooperative events and a red one for conflictual events,
//! and a line for the mean Goldstein score (−10 to +10, right scale).

use std::fmt::Write;

use crate::network::xml;
use crate::series::DyadSeries;

pub fn chart(series: &DyadSeries, caption: &str) -> String {
    let (w, h, left, right, top, bottom) = (640.0, 260.0, 40.0, 40.0, 20.0, 50.0);
    let n = series.points.len().max(1) as f64;
    let max = series.points.iter().map(|p| p.cooperation.max(p.conflict)).max().unwrap_or(0).max(1) as f64;
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let slot = plot_w / n;
    let bar = (slot * 0.4).max(1.0);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">",
        xml(caption)
    );
    let _ = write!(s, "<title>{}</title>", xml(caption));
    let base = top + plot_h;
    let _ = write!(s, "<line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#333\"/>", w - right);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text>", left - 4.0, top + 4.0, max as u64);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">0</text>", left - 4.0, base);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" font-size=\"10\">+10</text>", w - right + 4.0, top + 4.0);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" font-size=\"10\">-10</text>", w - right + 4.0, base);
    let label_every = ((n / 12.0).ceil() as usize).max(1);
    let mut line = Vec::new();
    for (i, p) in series.points.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.1;
        let hc = plot_h * p.cooperation as f64 / max;
        let hk = plot_h * p.conflict as f64 / max;
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{hc:.1}\" fill=\"#2e7d32\"><title>{} cooperation {}</title></rect>",
            base - hc,
            xml(&p.period),
            p.cooperation
        );
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{hk:.1}\" fill=\"#c62828\"><title>{} conflict {}</title></rect>",
            x + bar,
            base - hk,
            xml(&p.period),
            p.conflict
        );
        if p.events > 0 {
            let y = top + plot_h * (10.0 - p.goldstein_mean.clamp(-10.0, 10.0)) / 20.0;
            line.push(format!("{:.1},{y:.1}", x + bar));
        }
        if i % label_every == 0 {
            let _ = write!(s, "<text x=\"{:.1}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>", x + bar, base + 14.0, xml(&p.period));
        }
    }
    if !line.is_empty() {
        let _ = write!(s, "<polyline points=\"{}\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>", line.join(" "));
    }
    s.push_str("</svg>");
    s
}
