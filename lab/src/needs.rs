//! What a measurement or test needs from outside the repository: the data in
//! `../shared/data`, or a program such as tmux.
//!
//! On a clone without them a test skips and says why; under CI (`CI` set)
//! their absence is a failure, so a green run never hides a skipped check.

use std::path::{Path, PathBuf};

/// `../shared/data`, beside the repository.
pub fn shared_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data")
}

/// `rel` under [`shared_data`] if it is there. When it is not: panics under
/// CI, else prints why `what` is skipped and returns `None`.
pub fn data(rel: &str, what: &str) -> Option<PathBuf> {
    let path = shared_data().join(rel);
    if path.exists() {
        return Some(path);
    }
    missing(what, &format!("{} not found", path.display()))
}

/// Whether `program` runs (`program -V`). When it does not: panics under CI,
/// else prints why `what` is skipped and returns false.
pub fn program(program: &str, what: &str) -> bool {
    let runs = std::process::Command::new(program)
        .arg("-V")
        .output()
        .is_ok_and(|out| out.status.success());
    runs || missing::<()>(what, &format!("{program} is not installed")).is_some()
}

fn missing<T>(what: &str, why: &str) -> Option<T> {
    if std::env::var_os("CI").is_some() {
        panic!("{what}: {why}, and CI is set: CI must provide it");
    }
    println!("skipped {what}: {why}");
    None
}

/// A command running `program` without root's power over permissions, so a
/// test of an unreadable file or an unwritable folder can fail under CI too:
/// as user and group 65534 (nobody) through `setpriv` when this process is
/// root, as is otherwise. `scratch` is the test's own temporary folder, opened
/// to others here; when nobody cannot reach `program` where it was built, a
/// copy in `scratch` runs instead. What the command reads must be readable by
/// others.
pub fn unprivileged(program: &Path, scratch: &Path) -> std::process::Command {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return std::process::Command::new(program);
    }
    std::fs::set_permissions(scratch, std::fs::Permissions::from_mode(0o755))
        .expect("the scratch folder opens to others");
    let drop_root = || {
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        cmd
    };
    let runs = |program: &Path| {
        drop_root()
            .arg(program)
            .arg("--version")
            .output()
            .is_ok_and(|out| out.status.success())
    };
    let mut cmd = drop_root();
    if runs(program) {
        cmd.arg(program);
        return cmd;
    }
    let copy = scratch.join(program.file_name().expect("a program file"));
    std::fs::copy(program, &copy).expect("the program copies");
    assert!(
        runs(&copy),
        "setpriv cannot run {} as nobody",
        copy.display()
    );
    cmd.arg(copy);
    cmd
}
