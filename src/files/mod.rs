//! Reading files that are not letters (config, state) safely: only regular files, and never more than a cap.
//!
//! A FIFO given as a config file would block before the first frame, and `/dev/zero` would be read until memory
//! runs out; so the kind of file is checked (`metadata`, which follows symlinks) before it is opened, and reads stop
//! at a size no real config or state file reaches.

use std::fs::Metadata;
use std::io::{self, Read};
use std::path::Path;

/// The most read from a config or state file: 16 MB.
pub const READ_CAP: u64 = 16 << 20;

/// What a file system entry is, for messages: `a FIFO`, `a socket`, `a character device`, ...
pub fn kind(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
    }
    if t.is_dir() {
        "a folder"
    } else if t.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// The error for an entry that is not a regular file.
pub fn not_regular(meta: &Metadata) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("{}, not a regular file", kind(meta)))
}

/// Reads a regular file of at most `cap` bytes. A FIFO, socket, device or folder is refused without being opened;
/// a larger file is refused after `cap` bytes with an error saying so.
pub fn read_regular(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(meta.len().min(cap) as usize);
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("larger than {} MB: not read", cap >> 20)));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_under_the_cap_are_read() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let small = dir.path().join("a.toml");
        std::fs::write(&small, b"[keys]\n")?;
        assert_eq!(read_regular(&small, 100)?, b"[keys]\n");
        let err = read_regular(&small, 3).expect_err("over the cap");
        assert!(err.to_string().contains("larger than"), "{err}");
        let err = read_regular(dir.path(), 100).expect_err("a folder");
        assert_eq!(err.to_string(), "a folder, not a regular file");
        let err = read_regular(Path::new("/dev/zero"), 100).expect_err("a device");
        assert_eq!(err.to_string(), "a character device, not a regular file");
        Ok(())
    }
}
