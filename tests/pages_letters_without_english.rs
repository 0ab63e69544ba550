mod pages_support;
use pages_support::*;

#[test]
fn dump() {
    for f in std::env::var("DUMP").unwrap().split(',') {
        let c = pages(f);
        println!("== {f}: {}", c.letters.len());
        for l in &c.letters {
            println!(
                "{} | {:?} | {} -> {} | {:?} | no {:?} | place {:?} | src {:?} | head {:?}\n   {:?}",
                l.id,
                l.line,
                l.sender,
                l.recipient,
                date(l),
                l.number,
                l.place(),
                l.source,
                l.heading,
                l.paragraphs
            );
        }
    }
}
