//! A git repository made in a test, with gix: a bare repository that commits whole sets of deck
//! files, and the small test deck's two versions to commit.
#![allow(dead_code)]

use std::path::PathBuf;

use gix::objs::tree::EntryKind;

use crate::common::small_deck_files;

/// A bare repository on disk that commits whole file sets.
pub struct TestRepo {
    pub dir: tempfile::TempDir,
    repo: gix::Repository,
    head: Option<gix::ObjectId>,
}

/// A file of a commit: its path, bytes and kind (a plain file or a symbolic link).
pub type RepoFile<'a> = (&'a str, Vec<u8>, EntryKind);

impl TestRepo {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let repo = gix::init_bare(dir.path().join("deck.git")).expect("a bare repository");
        TestRepo { dir, repo, head: None }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("deck.git")
    }

    pub fn url(&self) -> String {
        format!("file://{}", self.path().display())
    }

    /// Commits exactly `files` on `main` and tags the commit `tag`, if given; returns its id.
    pub fn commit(&mut self, files: &[RepoFile<'_>], tag: Option<&str>) -> gix::ObjectId {
        let mut editor = self.repo.edit_tree(gix::ObjectId::empty_tree(gix::hash::Kind::Sha1)).unwrap();
        for (path, bytes, kind) in files {
            let blob = self.repo.write_blob(bytes).unwrap().detach();
            editor.upsert(*path, *kind, blob).unwrap();
        }
        let tree = editor.write().unwrap().detach();
        let who = gix::actor::SignatureRef {
            name: "Instructor".into(),
            email: "i@example.org".into(),
            time: "1767600000 +0800",
        };
        let id = self.repo.commit_as(who, who, "refs/heads/main", "deck version", tree, self.head).unwrap().detach();
        self.head = Some(id);
        if let Some(tag) = tag {
            self.repo.tag_reference(tag, id, gix::refs::transaction::PreviousValue::Any).unwrap();
        }
        id
    }
}

/// The small test deck's files at `version`, as a commit's files.
pub fn deck_files(version: &str, edit: impl Fn(&str, String) -> String) -> Vec<(String, Vec<u8>)> {
    small_deck_files()
        .into_iter()
        .map(|f| {
            let text = if f.path == "deck.toml" {
                f.text.replace("version = \"1\"", &format!("version = \"{version}\""))
            } else {
                f.text.to_string()
            };
            (f.path.clone(), edit(&f.path, text).into_bytes())
        })
        .collect()
}

pub fn as_files(files: &[(String, Vec<u8>)]) -> Vec<RepoFile<'_>> {
    files.iter().map(|(p, b)| (p.as_str(), b.clone(), EntryKind::Blob)).collect()
}

/// Version 2 of the small deck: `rounds` reworded, `period` removed, `opened` added.
pub fn version_two(path: &str, text: String) -> String {
    if path != "claims/001-r1.toml" {
        return text;
    }
    let text = text.replace(
        "text = \"Mongolia hosted three rounds of talks.\"",
        "text = \"Mongolia hosted three rounds of six-party talks.\"",
    );
    let period = text.find("[[claim]]\nid = \"period\"").expect("the period claim");
    format!(
        "{}[[claim]]\nid = \"opened\"\nquote = \"embassy opened in 1948\"\ntext = \"The embassy opened in 1948.\"\nanswer = \"1948\"\nkind = \"date\"\ndate = \"1948\"\n",
        &text[..period]
    )
}

/// A repository with v1 and v2 of the small deck (tags `v1`, `v2`; `main` at v2).
pub fn two_versions() -> TestRepo {
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&deck_files("1", |_, t| t)), Some("v1"));
    repo.commit(&as_files(&deck_files("2", version_two)), Some("v2"));
    repo
}

/// git's own smart-HTTP server (`git http-backend`) run as CGI by Python's HTTP server, serving
/// the repositories in one folder at `http://127.0.0.1:PORT/cgi-bin/git/<name>`. Stopped when
/// dropped.
pub struct HttpServer {
    child: std::process::Child,
    port: u16,
    _site: tempfile::TempDir,
}

impl HttpServer {
    pub fn serving(repositories: &std::path::Path) -> Self {
        let site = tempfile::tempdir().unwrap();
        let cgi = site.path().join("cgi-bin");
        std::fs::create_dir(&cgi).unwrap();
        let script = cgi.join("git");
        std::fs::write(&script, "#!/bin/sh\nexec git http-backend\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = std::process::Command::new("python3")
            .args(["-m", "http.server", "--cgi", "--bind", "127.0.0.1", &port.to_string()])
            .current_dir(site.path())
            .env("GIT_PROJECT_ROOT", repositories)
            .env("GIT_HTTP_EXPORT_ALL", "1")
            // The CGI may run as another user than the one who owns the repositories.
            .env("GIT_CONFIG_COUNT", "1")
            .env("GIT_CONFIG_KEY_0", "safe.directory")
            .env("GIT_CONFIG_VALUE_0", "*")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 runs");
        let server = HttpServer { child, port, _site: site };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("the HTTP server did not start on port {port}");
    }

    /// The URL of the repository `name` in the served folder.
    pub fn url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/cgi-bin/git/{name}", self.port)
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
