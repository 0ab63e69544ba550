//! Writes a FRUS-style TEI volume for measurements (not committed data):
//! `cargo run --example frus_volume -- OUT.xml MEGABYTES WORDS_PER_DOCUMENT`, e.g. `out.xml 50 400` for a volume
//! like the printed ones, `out.xml 50 8` for 54,000 tiny documents.

#[path = "../tests/volume_support/mod.rs"]
mod volume_support;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args.first().map(String::as_str).unwrap_or("volume.xml");
    let mb: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(50);
    let words: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(400);
    let text = volume_support::frus_volume(mb * 1_000_000, words);
    std::fs::write(out, &text)?;
    println!("{out}: {} bytes, {} documents", text.len(), text.matches("type=\"document\"").count());
    Ok(())
}
