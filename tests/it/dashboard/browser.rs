//! Headless Chromium (Debian's chromium and chromium-driver) driven over
//! WebDriver by fantoccini: a driver per test on a claimed loopback port,
//! killed with its browser when the test ends.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

use crate::common::{debian_tool, free_port};

/// How long a page gets to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(15);

/// A browser session.
pub struct Browser {
    pub client: Client,
    driver: Child,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session.
    pub async fn start() -> Browser {
        let driver_bin = debian_tool("chromedriver", "chromium-driver");
        let chromium = debian_tool("chromium", "chromium");
        let port = free_port();
        let mut cmd = Command::new(driver_bin);
        cmd.arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own group, so that the browser it starts dies with it.
            .process_group(0);
        // SAFETY: prctl is async-signal-safe; nothing else runs in pre_exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let driver = cmd.spawn().expect("start chromedriver");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,860",
                ],
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => panic!("no browser session: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser { client, driver }
    }

    /// Opens `url` and waits for the page's frame.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("open the page");
        self.find("header nav").await;
    }

    /// The first element `css` matches, once there is one.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                return element;
            }
            if Instant::now() > deadline {
                self.fail(&format!("nothing matches {css}")).await;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of every element `css` matches, once `ready` holds of it.
    pub async fn texts_when(&self, css: &str, ready: impl Fn(&[String]) -> bool) -> Vec<String> {
        let deadline = Instant::now() + PATIENCE;
        let mut last = Vec::new();
        loop {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                let mut texts = Vec::new();
                for e in elements {
                    texts.push(e.text().await.unwrap_or_default());
                }
                if ready(&texts) {
                    return texts;
                }
                last = texts;
            }
            if Instant::now() > deadline {
                self.fail(&format!(
                    "{css} never showed what was expected; last: {last:?}"
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the first element `css` matches, once `ready` holds of it.
    pub async fn text_when(&self, css: &str, ready: impl Fn(&str) -> bool) -> String {
        let texts = self
            .texts_when(css, |texts| texts.first().is_some_and(|t| ready(t)))
            .await;
        texts.into_iter().next().unwrap_or_default()
    }

    /// Clicks the first element `css` matches.
    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.expect("click");
    }

    /// Types `text` into the field `css` matches, replacing what it held.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Runs `script` in the page and returns what it returned.
    pub async fn run(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, Vec::new())
            .await
            .expect("run a script in the page")
    }

    /// Saves what the page shows as target/ui-screenshots/NAME.png, for a
    /// reviewer to look at (not compared with anything).
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Ends the session, then the driver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Fails the test, leaving a screenshot of what the page showed.
    async fn fail(&self, why: &str) -> ! {
        let name = format!("failed-{}", std::process::id());
        self.screenshot(&name).await;
        panic!(
            "{why} (the page: {}/{name}.png)",
            screenshot_dir().display()
        );
    }
}

/// Where screenshots go: target/ui-screenshots.
pub fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map(|target| target.join("ui-screenshots"))
        .unwrap_or_else(|| PathBuf::from("ui-screenshots"))
}

/// The driver's process group is killed on drop (the browser with it).
impl Drop for Browser {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our child's process group.
        unsafe {
            libc::kill(-(self.driver.id() as i32), libc::SIGKILL);
        }
        let _ = self.driver.wait();
    }
}
