//! A seam that makes chosen paths fail with "permission denied", for tests.
//!
//! Permission bits cannot make a file unreadable or a folder unwritable for
//! root, and CI runs as root. So the code that opens a file, or creates one in
//! a folder, asks [`check`] first, and the tests of those failures deny the
//! path here rather than rely on `chmod`. Outside tests `check` does nothing.

use std::io;
use std::path::Path;

/// Fails with `PermissionDenied` when a test has denied `path` or a folder
/// holding it.
#[inline]
pub(crate) fn check(path: &Path) -> io::Result<()> {
    #[cfg(test)]
    if tests::is_denied(path) {
        return Err(io::ErrorKind::PermissionDenied.into());
    }
    let _ = path;
    Ok(())
}

#[cfg(test)]
pub(crate) use tests::deny;

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    /// Denied paths of every running test (each test denies its own temporary paths).
    static DENIED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

    pub(super) fn is_denied(path: &Path) -> bool {
        let denied = DENIED.lock().unwrap_or_else(|e| e.into_inner());
        denied.iter().any(|d| path.starts_with(d))
    }

    /// A denied path, allowed again when dropped.
    pub(crate) struct Denied(PathBuf);

    impl Drop for Denied {
        fn drop(&mut self) {
            let mut denied = DENIED.lock().unwrap_or_else(|e| e.into_inner());
            denied.retain(|d| d != &self.0);
        }
    }

    /// Makes opening `path`, or creating a file in it, fail as unreadable or
    /// unwritable until the guard is dropped.
    pub(crate) fn deny(path: &Path) -> Denied {
        let mut denied = DENIED.lock().unwrap_or_else(|e| e.into_inner());
        denied.push(path.to_path_buf());
        Denied(path.to_path_buf())
    }

    #[test]
    fn a_denied_folder_denies_what_it_holds_until_dropped() {
        let dir = Path::new("/nowhere/denied-test");
        let guard = deny(dir);
        let err = super::check(&dir.join("a.txt")).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::PermissionDenied);
        assert!(super::check(Path::new("/nowhere/other")).is_ok());
        drop(guard);
        assert!(super::check(&dir.join("a.txt")).is_ok());
    }
}
