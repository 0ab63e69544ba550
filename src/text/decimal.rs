//! Numbers written in decimal digits without the formatting machinery: a large check writes a hundred thousand
//! line numbers, ids and counts.

/// The decimal digits of `n`, in `room`.
pub fn digits(n: usize, room: &mut [u8; 20]) -> &[u8] {
    let (mut at, mut n) = (room.len(), n);
    loop {
        at -= 1;
        room[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &room[at..]
}

/// Appends the decimal digits of `n` to `out`, as `write!(out, "{n}")` does.
pub fn push(out: &mut String, n: usize) {
    let mut room = [0u8; 20];
    out.extend(digits(n, &mut room).iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in [0, 7, 10, 99, 100, 4096, 1_000_001, usize::MAX] {
            let mut out = String::from("x");
            push(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }
}
