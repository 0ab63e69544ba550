//! Lists and texts moved into allocations of exactly their length. `shrink_to_fit` is not enough for what is kept
//! for the whole session: the allocator reallocates in place, keeping the whole block, when less than half of it
//! would be freed, so a text grown by doubling can keep up to twice its size.

/// Room beyond its length a list or text may keep: the allocator's blocks come in steps about this large, so
/// that moving it to give back less would give back nothing (and costs an allocation and a copy).
const SLACK: usize = 16;

/// Whether `spare` elements of `T` are worth moving the list for.
fn worth<T>(spare: usize) -> bool {
    spare.saturating_mul(size_of::<T>()) >= SLACK
}

/// Moves the elements of `v` into an allocation of exactly its length, when it has room beyond that (more than
/// a few bytes).
pub(crate) fn fit<T>(v: &mut Vec<T>) {
    if worth::<T>(v.capacity() - v.len()) {
        let mut exact = Vec::with_capacity(v.len());
        exact.append(v);
        *v = exact;
    }
}

/// [`fit`] for a list that keeps its length beside its elements, so that an empty one costs a pointer only
/// (a letter's rarely filled lists: pages, footnotes, references).
pub(crate) fn fit_thin<T>(v: &mut thin_vec::ThinVec<T>) {
    if worth::<T>(v.capacity() - v.len()) {
        let mut exact = thin_vec::ThinVec::with_capacity(v.len());
        exact.extend(v.drain(..));
        *v = exact;
    }
}

/// Copies `s` into an allocation of exactly its length, when it has room beyond that (more than a few bytes).
pub(crate) fn fit_str(s: &mut String) {
    if worth::<u8>(s.capacity() - s.len()) {
        *s = s.as_str().to_owned();
    }
}

/// `s` as a text that never grows, in an allocation of exactly its length (`into_boxed_str` alone may keep the
/// larger block, for the reason above; it is enough for a few bytes beyond the length).
pub(crate) fn boxed(s: String) -> Box<str> {
    if worth::<u8>(s.capacity() - s.len()) { Box::from(s.as_str()) } else { s.into_boxed_str() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_beyond_the_length_is_given_back_and_the_contents_kept() {
        let mut v: Vec<String> = Vec::with_capacity(100);
        v.extend(["a".to_string(), "b".to_string()]);
        fit(&mut v);
        assert_eq!((v.capacity(), v.as_slice()), (2, ["a".to_string(), "b".to_string()].as_slice()));
        let mut s = String::with_capacity(64);
        s.push_str("Dear Sir,");
        fit_str(&mut s);
        assert_eq!((s.capacity(), s.as_str()), (9, "Dear Sir,"));
        let mut grown = String::with_capacity(64);
        grown.push_str("sent line");
        assert_eq!(&*boxed(grown), "sent line");
        let mut empty: Vec<u8> = Vec::with_capacity(64);
        fit(&mut empty);
        assert_eq!(empty.capacity(), 0);
        let mut nearly: Vec<u32> = Vec::with_capacity(4);
        nearly.extend([1, 2, 3]);
        fit(&mut nearly);
        assert_eq!(
            (nearly.capacity(), nearly.as_slice()),
            (4, [1, 2, 3].as_slice()),
            "four bytes are not worth a move"
        );
    }
}
