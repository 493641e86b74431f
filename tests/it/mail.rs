//! E-mail through the outbox: a mail server that is down loses nothing, a real SMTP server
//! on loopback (Python's aiosmtpd) receives the message, and without SMTP it goes to files.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use twinning_mail::{Mailer, Security, Smtp, Transport};

use crate::support::{PASSWORD, TestApp};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A real SMTP server writing what it receives into a Maildir; killed when dropped.
struct SmtpServer(Child);

impl SmtpServer {
    fn start(port: u16, maildir: &std::path::Path) -> Self {
        let python = std::env::var("TWINNING_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd (scripts/test installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        SmtpServer(child)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn mailer(port: u16) -> Mailer {
    let smtp = Smtp { host: "127.0.0.1".into(), port, security: Security::None, username: None, password: None };
    Mailer::new("Daugavpils City Council <twinning@daugavpils.test>", Transport::Smtp(smtp)).unwrap()
}

fn reset_link(text: &str) -> String {
    let line = text.lines().find(|l| l.contains("/password-reset/r_")).expect("a reset link").trim();
    line.split("127.0.0.1:8080").nth(1).unwrap().trim_end_matches('=').to_owned()
}

#[tokio::test]
async fn a_reset_mail_waits_out_a_dead_server_then_arrives_over_smtp() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let res = app.post_form("/password-reset?lang=en", None, &[("email", "anna@daugavpils.lv")]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("If an account exists for this address"));

    let port = free_port();
    let mailer = mailer(port);
    assert_eq!(mailer.deliver_due(&app.db).await.unwrap(), 0, "nobody listens yet");
    let waiting = app.db.outbox(10).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].attempts, 1);
    assert!(waiting[0].sent_at.is_none() && waiting[0].last_error.is_some());
    assert!(app.db.due_mail(10).await.unwrap().is_empty(), "the next attempt waits for its backoff");

    let maildir = app.fresh.dir.join("maildir");
    let _server = SmtpServer::start(port, &maildir);
    assert!(app.db.retry_mail_now(waiting[0].id).await.unwrap());
    assert_eq!(mailer.deliver_due(&app.db).await.unwrap(), 1);
    assert!(app.db.outbox(10).await.unwrap()[0].sent_at.is_some());
    assert_eq!(mailer.deliver_due(&app.db).await.unwrap(), 0, "sent once, not twice");

    let files: Vec<_> = std::fs::read_dir(maildir.join("new")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    assert!(raw.contains("To: anna@daugavpils.lv"));
    assert!(raw.contains("Daugavpils City Council"));
    let link = reset_link(&raw.replace("=\r\n", "").replace("=\n", ""));

    assert_eq!(app.get(&link).await.status(), 200);
    let weak = app.post_form(&link, None, &[("password", "short")]).await;
    assert_eq!(weak.status(), 422);
    let res = app.post_form(&link, None, &[("password", "a brand new passphrase")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin?done=reset");
    app.signin("anna@daugavpils.lv", "a brand new passphrase").await;
    assert_eq!(app.get(&link).await.status(), 404, "single use");
    let old = app.post_form("/signin", None, &[("email", "anna@daugavpils.lv"), ("password", PASSWORD)]).await;
    assert_eq!(old.status(), 422);
}

#[tokio::test]
async fn the_reset_page_does_not_tell_which_addresses_have_accounts() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let known =
        app.post_form("/password-reset?lang=en", None, &[("email", "anna@daugavpils.lv")]).await.text().await.unwrap();
    let unknown = app
        .post_form("/password-reset?lang=en", None, &[("email", "nobody@daugavpils.lv")])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(known, unknown);
    assert_eq!(app.db.outbox(10).await.unwrap().len(), 1, "only the real account gets mail");
    // At most three links an hour for an address.
    for _ in 0..5 {
        app.post_form("/password-reset", None, &[("email", "anna@daugavpils.lv")]).await;
    }
    assert_eq!(app.db.outbox(10).await.unwrap().len(), 3);
    let bad = app.post_form("/password-reset?lang=en", None, &[("email", "anna")]).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(app.get("/password-reset/r_forged").await.status(), 404);
}

#[tokio::test]
async fn without_smtp_messages_become_files_the_admin_can_read() {
    let app = TestApp::with_demo().await;
    let admin = app.admin().await;
    app.post_form("/password-reset", None, &[("email", &admin.email)]).await;
    let dir = app.fresh.dir.join("mail");
    let mailer = Mailer::new("Twinning <twinning@localhost>", Transport::Files(dir.clone())).unwrap();
    assert_eq!(mailer.deliver_due(&app.db).await.unwrap(), 1);
    let file = std::fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
    assert_eq!(file.extension().unwrap(), "eml");
    let raw = std::fs::read_to_string(file).unwrap();
    assert!(raw.contains("Subject: ") && raw.contains(&format!("To: {}", admin.email)));

    let page = app.get_as("/admin?lang=en", &admin.cookie).await.text().await.unwrap();
    assert!(page.contains(&admin.email) && page.contains("sent at"));
    let id = app.db.outbox(1).await.unwrap()[0].id;
    let body = app.get_as(&format!("/admin/mail/{id}"), &admin.cookie).await.text().await.unwrap();
    assert!(body.contains("/password-reset/r_"), "the admin can pass the link on");
}
