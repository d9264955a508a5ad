//! The shell completions in completions/ and the man pages in man/ are
//! generated from the command line's definition and checked in; this test
//! fails when they are stale. `KVD_BLESS=1 cargo test --test it generated::`
//! rewrites them.

use std::path::Path;

use kvd::cli::generate::{completions, man_pages};

fn check(dir: &str, files: Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let bless = std::env::var_os("KVD_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut stale = Vec::new();
    for (name, want) in &files {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_ref() != Some(want) {
            if bless {
                std::fs::write(&path, want).unwrap();
            } else {
                stale.push(name.clone());
            }
        }
    }
    let expected: Vec<&String> = files.iter().map(|(n, _)| n).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !expected.contains(&&name) {
            if bless {
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                stale.push(format!("{name} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{dir:?} is stale: {stale:?}; run `KVD_BLESS=1 cargo test --test it generated::` and commit"
    );
}

#[test]
fn completions_are_fresh() {
    check("completions", completions());
}

#[test]
fn man_pages_are_fresh() {
    check("man", man_pages().expect("render man pages"));
}

#[test]
fn the_completion_command_prints_the_checked_in_script() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kvd"))
        .args(["completion", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let checked_in =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/kvd.bash")).unwrap();
    assert_eq!(out.stdout, checked_in);
}
