//! Lists and texts moved into allocations of exactly their length. `shrink_to_fit` is not enough for what is kept
//! for the whole session: the allocator reallocates in place, keeping the whole block, when less than half of it
//! would be freed, so a text grown by doubling can keep up to twice its size.

/// Moves the elements of `v` into an allocation of exactly its length, when it has room beyond that.
pub(crate) fn fit<T>(v: &mut Vec<T>) {
    if v.capacity() > v.len() {
        let mut exact = Vec::with_capacity(v.len());
        exact.append(v);
        *v = exact;
    }
}

/// Copies `s` into an allocation of exactly its length, when it has room beyond that.
pub(crate) fn fit_str(s: &mut String) {
    if s.capacity() > s.len() {
        *s = s.as_str().to_owned();
    }
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
        let mut empty: Vec<u8> = Vec::with_capacity(8);
        fit(&mut empty);
        assert_eq!(empty.capacity(), 0);
    }
}
