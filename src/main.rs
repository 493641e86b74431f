//! The `twinning` binary: serve an instance, run the demo, migrate, import and export projects,
//! back up and restore the whole instance.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use twinning_domain::Bundle;
use twinning_store::{DatabaseUrl, Db};

/// The TTChan meeting in Daugavpils, 8–12 November 2018: the demo, read by the same import
/// path as any organiser's own project file.
const DEMO: &str = include_str!("../demo/ttchan-daugavpils-2018.json");

#[derive(Parser)]
#[command(name = "twinning", version, about = "Run a town-twinning project end to end.")]
struct Cli {
    /// Log as human-readable lines or as JSON objects.
    #[arg(long, env = "TWINNING_LOG_FORMAT", value_enum, default_value_t = LogFormat::Human, global = true)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Serve an instance.
    Serve {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        net: NetArgs,
        #[command(flatten)]
        mail: MailArgs,
    },
    /// Load the TTChan 2018 demo into the data directory's database when it is empty, then serve.
    Demo {
        #[command(flatten)]
        net: NetArgs,
        #[command(flatten)]
        mail: MailArgs,
        /// Directory holding the embedded database.
        #[arg(long, env = "TWINNING_DATA_DIR", default_value = "twinning-data")]
        data_dir: PathBuf,
    },
    /// Apply pending database migrations and exit.
    Migrate {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Import a whole project from a JSON file ("-" reads standard input). Re-importing replaces it.
    Import {
        /// The project file (format `twinning-project/1`, as written by `twinning export`).
        file: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Manage instance administrators.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Manage accounts (organisers and others; most people join through an invitation).
    #[command(subcommand)]
    Account(AccountCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Anonymise the people of every project whose retention date has passed, with the mail
    /// written for them, and delete mail sent (or given up on) more than --keep-sent-mail-days
    /// ago (the server also does both every hour). Their country, role and delegation stay for
    /// the counts.
    Purge {
        /// Act as if today were this date (YYYY-MM-DD), e.g. to check what a date would purge.
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        #[command(flatten)]
        keep: KeepArgs,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Check a project against its funder's rules: every rule, passed or not, with the
    /// numbers behind it, and the grant it reaches.
    Eligibility {
        /// The project's slug, e.g. `ttchan`.
        project: String,
        /// Use this ruleset file instead of the project's shipped ruleset.
        #[arg(long)]
        ruleset_file: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Back up the whole instance, while it runs, into one file: the database (a consistent
    /// snapshot) and every file of the data directory (the mail written there included), with a
    /// manifest of SHA-256 checksums. On PostgreSQL this runs pg_dump of the server's version.
    Backup {
        /// The archive to write (a gzip-compressed tar); replaced only once complete.
        file: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Restore a backup into an empty data directory (SQLite) or an empty PostgreSQL database
    /// (with pg_restore) of the same backend, checking every checksum first, then apply the
    /// migrations the backup is missing.
    Restore {
        /// The archive written by `twinning backup`.
        file: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Export a whole project as JSON.
    Export {
        /// The project's slug, e.g. `ttchan`.
        project: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Args)]
struct StoreArgs {
    /// Directory for the embedded database and uploads.
    #[arg(long, env = "TWINNING_DATA_DIR", default_value = "twinning-data")]
    data_dir: PathBuf,
    /// A `postgres://` URL to use PostgreSQL instead of the embedded database.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
}

#[derive(Args)]
struct NetArgs {
    /// Address and port to listen on.
    #[arg(long, env = "TWINNING_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// The address people reach this instance at, for links in e-mails; https makes cookies Secure.
    #[arg(long, env = "TWINNING_PUBLIC_URL")]
    public_url: Option<String>,
    /// The town's colour for links and buttons, `#rrggbb`; it must contrast 4.5:1 with white.
    #[arg(long, env = "TWINNING_BRAND_COLOR")]
    brand_color: Option<String>,
    /// The town's or project's logo (.png, .jpg, .svg or .webp), shown beside the site's name.
    #[arg(long, env = "TWINNING_LOGO")]
    logo: Option<PathBuf>,
    /// A directory of funders' ruleset files (`*.json`) to add to, or correct, the shipped ones.
    #[arg(long, env = "TWINNING_RULESETS")]
    rulesets: Option<PathBuf>,
    /// Reverse proxies (addresses or networks, comma-separated) whose `X-Forwarded-For` names
    /// the client, for rate limits and sign-in throttling: `127.0.0.1,10.0.0.0/8`.
    #[arg(long, env = "TWINNING_TRUSTED_PROXIES", default_value = "")]
    trusted_proxy: String,
    /// How long a session lasts at most, however busy, besides the 12-hour idle limit:
    /// `30d` (the default), `12h`, `90m`.
    #[arg(long, env = "TWINNING_SESSION_LIFETIME", default_value = "30d", value_parser = parse_lifetime)]
    session_lifetime: std::time::Duration,
    /// Public form submissions (registering, joining, asking for a password link) per client
    /// address and minute, after a burst of `--form-burst`.
    #[arg(long, env = "TWINNING_FORM_RATE_LIMIT", default_value_t = twinning_web::limits::Limits::default().form_per_minute)]
    form_rate_limit: u32,
    /// Public form submissions a client address may make at once (a hall on one Wi-Fi).
    #[arg(long, env = "TWINNING_FORM_BURST", default_value_t = twinning_web::limits::Limits::default().form_burst)]
    form_burst: u32,
    /// Page and API reads per client address and second, after a burst of `--read-burst`.
    #[arg(long, env = "TWINNING_READ_RATE_LIMIT", default_value_t = twinning_web::limits::Limits::default().read_per_second)]
    read_rate_limit: u32,
    /// Page and API reads a client address may make at once.
    #[arg(long, env = "TWINNING_READ_BURST", default_value_t = twinning_web::limits::Limits::default().read_burst)]
    read_burst: u32,
    #[command(flatten)]
    work: LimitArgs,
}

/// `30d`, `12h`, `90m` or `3600s` (at least a minute, at most a year).
fn parse_lifetime(s: &str) -> Result<std::time::Duration, String> {
    let s = s.trim();
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = n.parse().map_err(|_| format!("{s:?} is not a duration like 30d, 12h or 90m"))?;
    let secs = match unit {
        "d" => n.saturating_mul(86_400),
        "h" => n.saturating_mul(3600),
        "m" => n.saturating_mul(60),
        "s" | "" => n,
        _ => return Err(format!("{s:?} is not a duration like 30d, 12h or 90m")),
    };
    if !(60..=366 * 86_400).contains(&secs) {
        return Err(format!("{s:?}: a session lifetime is between a minute and a year"));
    }
    Ok(std::time::Duration::from_secs(secs))
}

/// How much work and time one request may take.
#[derive(Args)]
struct LimitArgs {
    /// Heavy jobs (PDFs, spreadsheets, the report, badges, images) at once; default: every
    /// core but one, at least one.
    #[arg(long, env = "TWINNING_HEAVY_JOBS", value_parser = clap::value_parser!(u16).range(1..=1024))]
    heavy_jobs: Option<u16>,
    /// Seconds a heavy request waits for a free slot before answering "being prepared".
    #[arg(long, env = "TWINNING_HEAVY_WAIT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=600))]
    heavy_wait: u64,
    /// Seconds after which a request is cut off with 408.
    #[arg(long, env = "TWINNING_REQUEST_TIMEOUT", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    request_timeout: u64,
    /// Seconds a client may take to send a request's headers (against slow-sending clients).
    #[arg(long, env = "TWINNING_HEADER_READ_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=600))]
    header_read_timeout: u64,
}

impl LimitArgs {
    fn limits(&self) -> twinning_web::WorkLimits {
        use std::time::Duration;
        twinning_web::WorkLimits {
            heavy: twinning_web::heavy::Heavy::new(
                self.heavy_jobs.map(usize::from).unwrap_or_else(twinning_web::heavy::default_jobs),
                Duration::from_secs(self.heavy_wait),
            ),
            request_timeout: Duration::from_secs(self.request_timeout),
            header_read_timeout: Duration::from_secs(self.header_read_timeout),
        }
    }
}

impl NetArgs {
    fn config(&self) -> anyhow::Result<twinning_web::Config> {
        let public_url = match &self.public_url {
            Some(u) if u.starts_with("https://") || u.starts_with("http://") => u.trim_end_matches('/').to_owned(),
            Some(_) => bail!("--public-url starts with https:// or http://"),
            // Filled in with the address actually bound once listening (port 0 included).
            None => String::new(),
        };
        let theme = twinning_web::Theme {
            color: self
                .brand_color
                .as_deref()
                .map(twinning_web::Theme::color)
                .transpose()
                .map_err(|e| anyhow::anyhow!("--brand-color: {e}"))?,
            logo: self
                .logo
                .as_deref()
                .map(twinning_web::Theme::logo)
                .transpose()
                .map_err(|e| anyhow::anyhow!("--logo: {e}"))?,
        };
        let mut rulesets = twinning_domain::rules::built_in();
        if let Some(dir) = &self.rulesets {
            twinning_web::load_rulesets(dir, &mut rulesets).map_err(|e| anyhow::anyhow!("--rulesets: {e}"))?;
        }
        let trusted_proxies = twinning_web::client::TrustedProxies::parse(&self.trusted_proxy)
            .map_err(|e| anyhow::anyhow!("--trusted-proxy: {e}"))?;
        let limits = twinning_web::limits::Limits {
            form_per_minute: self.form_rate_limit,
            form_burst: self.form_burst,
            read_per_second: self.read_rate_limit,
            read_burst: self.read_burst,
        };
        Ok(twinning_web::Config {
            public_url,
            theme,
            rulesets,
            clock: twinning_app::Clock::System,
            trusted_proxies,
            session_lifetime: self.session_lifetime,
            mail_dir: None,
            limits,
            work: self.work.limits(),
        })
    }
}

/// Where e-mail goes. Without an SMTP host, messages are written to `DATA_DIR/mail/*.eml`
/// and listed on the admin page.
#[derive(Args)]
struct MailArgs {
    #[arg(long, env = "TWINNING_SMTP_HOST")]
    smtp_host: Option<String>,
    #[arg(long, env = "TWINNING_SMTP_PORT", default_value_t = 587)]
    smtp_port: u16,
    /// `starttls` (port 587), `tls` (port 465) or `none` (a relay on this machine only).
    #[arg(long, env = "TWINNING_SMTP_SECURITY", default_value = "starttls")]
    smtp_security: String,
    #[arg(long, env = "TWINNING_SMTP_USERNAME")]
    smtp_username: Option<String>,
    #[arg(long, env = "TWINNING_SMTP_PASSWORD", hide_env_values = true)]
    smtp_password: Option<String>,
    /// The sender of every message, e.g. `Daugavpils City Council <twinning@daugavpils.lv>`.
    #[arg(long, env = "TWINNING_MAIL_FROM", default_value = "Twinning <twinning@localhost>")]
    mail_from: String,
    #[command(flatten)]
    keep: KeepArgs,
}

/// How long mail stays once sent.
#[derive(Args)]
struct KeepArgs {
    /// Days sent mail (and mail the sender gave up on) is kept, in the database and as
    /// `.eml` files, before it is deleted.
    #[arg(long, env = "TWINNING_KEEP_SENT_MAIL_DAYS", default_value_t = twinning_app::retention::KEEP_SENT_MAIL_DAYS)]
    keep_sent_mail_days: u32,
}

impl MailArgs {
    fn mailer(&self, data_dir: &Path) -> anyhow::Result<twinning_mail::Mailer> {
        let transport = match &self.smtp_host {
            Some(host) => twinning_mail::Transport::Smtp(twinning_mail::Smtp {
                host: host.clone(),
                port: self.smtp_port,
                security: twinning_mail::Security::parse(&self.smtp_security)
                    .ok_or_else(|| anyhow::anyhow!("--smtp-security is starttls, tls or none"))?,
                username: self.smtp_username.clone(),
                password: self.smtp_password.clone(),
            }),
            None => twinning_mail::Transport::Files(data_dir.join("mail")),
        };
        Ok(twinning_mail::Mailer::new(&self.mail_from, transport)?)
    }
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an instance administrator. The password is read from standard input when it is
    /// not a terminal, else asked for twice. An admin signs in with a second factor (TOTP):
    /// without `--totp-secret`, the first sign-in asks to set one up.
    Create {
        #[arg(long)]
        email: String,
        /// The name shown to others (defaults to the part of the address before the @).
        #[arg(long)]
        name: Option<String>,
        /// Enrol this TOTP secret (base32, at least 128 bits) at once, e.g. for a demo or a
        /// test instance; the recovery codes are printed.
        #[arg(long, env = "TWINNING_ADMIN_TOTP_SECRET", hide_env_values = true)]
        totp_secret: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Subcommand)]
enum AccountCommand {
    /// Create an account. The password is read from standard input when it is not a
    /// terminal, else asked for twice.
    Create {
        #[arg(long)]
        email: String,
        /// The name shown to others (defaults to the part of the address before the @).
        #[arg(long)]
        name: Option<String>,
        /// Let the account start new projects (it becomes their first organiser).
        #[arg(long)]
        may_start_projects: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for an account and print it (it is shown only this once).
    Create {
        #[arg(long)]
        email: String,
        /// What the token is for, e.g. "website sync".
        #[arg(long)]
        name: String,
        /// How many days the token works (1–365).
        #[arg(long, default_value_t = 90)]
        days: i64,
        #[command(flatten)]
        store: StoreArgs,
    },
}

impl StoreArgs {
    async fn connect(&self) -> anyhow::Result<Db> {
        let url = match &self.database_url {
            Some(u) => DatabaseUrl::parse(u)?,
            None => data_dir_url(&self.data_dir)?,
        };
        tracing::info!(database = %url, "connecting");
        Db::connect(&url).await.with_context(|| format!("opening the database at {url}"))
    }

    /// The database's URL, without creating the data directory.
    fn url(&self) -> anyhow::Result<DatabaseUrl> {
        Ok(match &self.database_url {
            Some(u) => DatabaseUrl::parse(u)?,
            None => DatabaseUrl::in_data_dir(&self.data_dir),
        })
    }

    /// `twinning backup`: the database as it is, never migrated by the backup.
    async fn backup(&self, file: &Path) -> anyhow::Result<()> {
        let url = self.url()?;
        if let Some(db) = url.sqlite_file().filter(|f| !f.exists()) {
            bail!("there is no database at {}: give the instance's --data-dir or --database-url", db.display());
        }
        let db = Db::connect_without_migrating(&url).await.with_context(|| format!("opening the database at {url}"))?;
        let result = twinning_backup::backup(&db, &url, &self.data_dir, file).await;
        db.close().await;
        let m = result?;
        let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
        println!(
            "Backed up the {} database (migration {}) and {} files of {} into {} ({size} bytes).",
            m.backend,
            m.migration,
            m.files.len() - 1,
            self.data_dir.display(),
            file.display()
        );
        Ok(())
    }

    /// `twinning restore`.
    async fn restore(&self, file: &Path) -> anyhow::Result<()> {
        let url = self.url()?;
        let r = twinning_backup::restore(file, &url, &self.data_dir).await?;
        let m = &r.manifest;
        println!(
            "Restored the {} database of {} (migration {}{}) and {} files into {}.",
            m.backend,
            m.created_at,
            m.migration,
            if r.migration > m.migration { format!(", now migrated to {}", r.migration) } else { String::new() },
            m.files.len() - 1,
            self.data_dir.display()
        );
        Ok(())
    }
}

/// The data directory, created (or tightened) to 0700, and its database file to 0600 before
/// SQLite opens it: SQLite gives its WAL and shared-memory files the database file's mode.
fn data_dir_url(dir: &Path) -> anyhow::Result<DatabaseUrl> {
    let url = DatabaseUrl::in_data_dir(dir);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
        let private = |path: &Path, mode: u32| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                .with_context(|| format!("making {} private", path.display()))
        };
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("creating the data directory {}", dir.display()))?;
        private(dir, 0o700)?;
        let file = dir.join(twinning_store::SQLITE_FILE);
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&file)
            .with_context(|| format!("creating {}", file.display()))?;
        for suffix in ["", "-wal", "-shm"] {
            let path = dir.join(format!("{}{suffix}", twinning_store::SQLITE_FILE));
            if path.exists() {
                private(&path, 0o600)?;
            }
        }
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).with_context(|| format!("creating the data directory {}", dir.display()))?;
    Ok(url)
}

/// Everything this process creates (mail files, exports, whatever comes) is readable by its
/// owner only: the data directory holds personal data.
fn private_files() {
    #[cfg(unix)]
    // SAFETY: umask(2) cannot fail and touches no memory; it runs before any thread starts.
    unsafe {
        libc::umask(0o077);
    }
}

fn main() -> ExitCode {
    private_files();
    let cli = Cli::parse();
    init_logging(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr()) && std::env::var_os("NO_COLOR").is_none();
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve { store, net, mail } => {
            let mut config = net.config()?;
            config.mail_dir = Some(store.data_dir.join("mail"));
            let mailer = mail.mailer(&store.data_dir)?;
            let db = store.connect().await?;
            serve(db, net.bind, config, mailer, mail.keep.keep_sent_mail_days).await
        }
        Command::Demo { net, mail, data_dir } => {
            let mut config = net.config()?;
            config.mail_dir = Some(data_dir.join("mail"));
            let mailer = mail.mailer(&data_dir)?;
            let db = Db::connect(&data_dir_url(&data_dir)?).await.context("opening the demo database")?;
            if db.is_empty().await? {
                let summary = import(&db, DEMO).await.context("loading the demo")?;
                tracing::info!(project = %summary.project, items = summary.items, "demo loaded");
            }
            serve(db, net.bind, config, mailer, mail.keep.keep_sent_mail_days).await
        }
        Command::Migrate { store } => {
            let db = store.connect().await?;
            println!("The {} database is up to date.", db.backend());
            db.close().await;
            Ok(())
        }
        Command::Import { file, store } => {
            let text = if file.as_os_str() == "-" {
                read_limited(std::io::stdin()).context("reading standard input")?
            } else {
                let opened = std::fs::File::open(&file).with_context(|| format!("reading {}", file.display()))?;
                read_limited(opened).with_context(|| format!("reading {}", file.display()))?
            };
            let db = store.connect().await?;
            let summary = import(&db, &text).await?;
            println!(
                "{} project {}: {} towns, {} venues, {} events, {} programme items.",
                if summary.created { "Created" } else { "Replaced" },
                summary.project,
                summary.towns,
                summary.venues,
                summary.events,
                summary.items
            );
            db.close().await;
            Ok(())
        }
        Command::Admin(AdminCommand::Create { email, name, totp_secret, store }) => {
            if totp_secret.as_deref().is_some_and(|s| twinning_app::signin::usable_totp_secret(s).is_none()) {
                bail!("--totp-secret: a base32 secret of at least 128 bits (26 characters or more)");
            }
            create_account(&email, name, true, false, &store).await?;
            if let Some(secret) = totp_secret {
                let parsed = twinning_domain::EmailAddress::parse(&email)
                    .map_err(|e| anyhow::anyhow!("--email: {}", e.message))?;
                let db = store.connect().await?;
                let codes = match twinning_app::App::new(db.clone()).enrol_totp_secret(&parsed, &secret).await {
                    Ok(codes) => codes,
                    Err(twinning_app::AppError::Invalid(_)) => {
                        bail!("--totp-secret: a base32 secret of at least 128 bits (26 characters or more)")
                    }
                    Err(e) => return Err(e.into()),
                };
                println!("Enrolled the second factor. Recovery codes, each usable once:");
                for c in codes {
                    println!("  {c}");
                }
                db.close().await;
            }
            Ok(())
        }
        Command::Account(AccountCommand::Create { email, name, may_start_projects, store }) => {
            create_account(&email, name, false, may_start_projects, &store).await
        }
        Command::Token(TokenCommand::Create { email, name, days, store }) => {
            if !(1..=twinning_app::signin::TOKEN_DAYS_MAX).contains(&days) {
                bail!("--days: from 1 to {}", twinning_app::signin::TOKEN_DAYS_MAX);
            }
            let email =
                twinning_domain::EmailAddress::parse(&email).map_err(|e| anyhow::anyhow!("--email: {}", e.message))?;
            let name = twinning_domain::account::check_display_name(&name)
                .map_err(|e| anyhow::anyhow!("--name: {}", e.message))?;
            let db = store.connect().await?;
            let secret = match twinning_app::App::new(db.clone()).create_token(&email, &name, days).await {
                Ok(secret) => secret,
                Err(twinning_app::AppError::NotFound(_)) => bail!("there is no account with the address {email}"),
                Err(e) => return Err(e.into()),
            };
            println!("{secret}");
            eprintln!("This token acts as {email}; it is shown only now. Revoke it from the account page.");
            db.close().await;
            Ok(())
        }
        Command::Eligibility { project, ruleset_file, json, store } => {
            let db = store.connect().await?;
            let Some(mut bundle) = db.project_bundle(&project).await? else {
                bail!("there is no project {project:?}");
            };
            let mut rulesets = twinning_domain::rules::built_in();
            if let Some(file) = ruleset_file {
                let text = std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
                let rs = twinning_domain::rules::Ruleset::from_json(&text)
                    .map_err(|e| anyhow::anyhow!("{}: {}", file.display(), e.message))?;
                if let Some(f) = bundle.project.funding.as_mut() {
                    f.ruleset = Some(rs.id.clone());
                } else {
                    bundle.project.funding = Some(twinning_domain::Funding {
                        programme: rs.programme.clone(),
                        strand: Default::default(),
                        measure: rs.measure.clone(),
                        ruleset: Some(rs.id.clone()),
                    });
                }
                rulesets.retain(|r| r.id != rs.id);
                rulesets.push(rs);
            }
            let today = chrono::Utc::now().date_naive();
            let Some(assessment) = twinning_app::figures::assess(&db, &rulesets, &bundle, today).await? else {
                bail!(
                    "the project names no ruleset this program knows; choose one on its eligibility page or pass --ruleset-file"
                );
            };
            db.close().await;
            let (rs, e) = (assessment.ruleset, &assessment.eligibility);
            if json {
                println!("{}", serde_json::to_string_pretty(e)?);
            } else {
                println!(
                    "{} ({}, rules as of {}), call year {}",
                    rs.name.pick(&[]).map(|t| t.text).unwrap_or(""),
                    rs.id,
                    rs.version,
                    e.call_year
                );
                println!("{}", if e.eligible { "ELIGIBLE" } else { "NOT ELIGIBLE" });
                for ev in &e.events {
                    println!(
                        "  {}: {} people, {} invited, {} days ({:?})",
                        ev.event, ev.participants, ev.invited_participants, ev.days, ev.basis
                    );
                }
                for r in &e.rules {
                    let mark = if r.passed { "pass" } else { "FAIL" };
                    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_else(|| "-".into());
                    let flags = format!(
                        "{}{}",
                        if r.verified { "" } else { " unverified" },
                        if r.overridden { " overridden" } else { "" }
                    );
                    println!(
                        "  {mark}  {:<24} required {:>5}  actual {:>5}{}{}",
                        r.id,
                        n(r.required),
                        n(r.actual),
                        flags,
                        if r.detail.is_empty() { String::new() } else { format!("  [{}]", r.detail.join(", ")) }
                    );
                }
                match e.grant.amount {
                    Some(a) => println!(
                        "grant: {} {a}{}{}",
                        e.grant.currency,
                        if e.grant.verified { "" } else { " (unverified)" },
                        if e.grant.overridden { " (overridden)" } else { "" }
                    ),
                    None => println!("grant: none yet"),
                }
                if let Some(n) = &e.grant.next {
                    println!(
                        "next band: {} more invited participants -> {} {}",
                        n.more_invited_participants, e.grant.currency, n.amount
                    );
                }
            }
            Ok(())
        }
        Command::Purge { today, keep, store } => {
            let db = store.connect().await?;
            let app = twinning_app::App::new(db.clone()).with_mail_dir(store.data_dir.join("mail"));
            let today = today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let n = app.purge(today).await?;
            println!("Anonymised {n} people whose projects keep personal data only until before {today}.");
            let days = keep.keep_sent_mail_days;
            let m = app.prune_mail(days).await?;
            println!("Deleted {m} messages sent (or given up on) more than {days} days ago.");
            db.close().await;
            Ok(())
        }
        Command::Backup { file, store } => store.backup(&file).await,
        Command::Restore { file, store } => store.restore(&file).await,
        Command::Export { project, output, store } => {
            let db = store.connect().await?;
            let Some(bundle) = db.project_bundle(&project).await? else {
                bail!("there is no project {project:?}");
            };
            let json = bundle.to_json() + "\n";
            match output {
                Some(path) => std::fs::write(&path, json).with_context(|| format!("writing {}", path.display()))?,
                None => print!("{json}"),
            }
            db.close().await;
            Ok(())
        }
    }
}

/// A project file as text, refused once it passes [`Bundle::MAX_BYTES`] rather than read whole.
fn read_limited(from: impl std::io::Read) -> anyhow::Result<String> {
    use std::io::Read;
    let mut text = String::new();
    from.take(Bundle::MAX_BYTES as u64 + 1).read_to_string(&mut text)?;
    if text.len() > Bundle::MAX_BYTES {
        anyhow::bail!("the project file is larger than {} MiB [bundle.too_large]", Bundle::MAX_BYTES / 1024 / 1024);
    }
    Ok(text)
}

/// Parses, validates and stores a project file; every problem is reported with its field.
async fn import(db: &Db, text: &str) -> anyhow::Result<twinning_store::ImportSummary> {
    let bundle = Bundle::from_json(text).map_err(|errs| {
        let lines: Vec<String> = errs.0.iter().map(|e| format!("  {}: {} [{}]", e.field, e.message, e.key)).collect();
        anyhow::anyhow!("the project file is not valid:\n{}", lines.join("\n"))
    })?;
    Ok(db.import(&bundle).await?)
}

/// A password from standard input (first line) when it is piped, else asked for twice.
fn read_password() -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 10 characters): ")?;
        let second = rpassword::prompt_password("The same password again: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

async fn serve(
    db: Db,
    bind: SocketAddr,
    config: twinning_web::Config,
    mailer: twinning_mail::Mailer,
    keep_sent_mail_days: u32,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(bind).await.with_context(|| format!("listening on {bind}"))?;
    let addr = listener.local_addr()?;
    let mut config = config;
    if config.public_url.is_empty() {
        config.public_url = format!("http://{addr}");
    }
    // The outbox worker runs beside the server and stops with it.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(mailer.run(db.clone(), std::time::Duration::from_secs(5), stopped.clone()));
    let mut app = twinning_app::App::new(db.clone());
    app.mail_dir = config.mail_dir.clone();
    let housekeeping = tokio::spawn(housekeeping(app, keep_sent_mail_days, stopped));
    // Listen for the signals before saying we serve: a SIGTERM right after would otherwise
    // find no handler and kill the process instead of stopping it gracefully.
    let shutdown = shutdown_signal();
    tracing::info!(backend = db.backend(), "Twinning is serving http://{addr}/");
    twinning_web::serve(listener, db.clone(), config, shutdown).await.context("serving")?;
    let _ = stop.send(true);
    let _ = tokio::join!(worker, housekeeping);
    tracing::info!("stopped; closing the database");
    db.close().await;
    Ok(())
}

/// Hourly: forget sessions that have been idle longer than the idle limit, anonymise
/// people whose project's retention date has passed, and delete old sent mail.
async fn housekeeping(app: twinning_app::App, keep_sent_mail_days: u32, mut stop: tokio::sync::watch::Receiver<bool>) {
    let db = app.db.clone();
    loop {
        let cutoff = chrono::Utc::now().timestamp() - twinning_web::auth::SESSION_IDLE_SECS;
        match db.purge_sessions(cutoff).await {
            Ok(n) if n > 0 => tracing::info!(sessions = n, "ended idle sessions"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not purge idle sessions"),
        }
        let quiet = chrono::Utc::now().timestamp() - twinning_app::signin::FORGET_AFTER;
        if let Err(e) = db.purge_throttle(quiet).await {
            tracing::warn!(error = %e, "could not forget old sign-in attempts");
        }
        match app.purge(chrono::Utc::now().date_naive()).await {
            Ok(n) if n > 0 => tracing::info!(people = n, "anonymised people past their project's retention date"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not purge personal data past retention"),
        }
        match app.prune_mail(keep_sent_mail_days).await {
            Ok(n) if n > 0 => tracing::info!(messages = n, "deleted old sent mail"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not delete old sent mail"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = stop.changed() => break,
        }
    }
}

/// Completes on Ctrl-C or SIGTERM, so open requests can finish before the process exits. The
/// handlers are installed when it is called, not when the future is first polled.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let (mut int, mut term) = {
        use tokio::signal::unix::{SignalKind, signal};
        (signal(SignalKind::interrupt()).ok(), signal(SignalKind::terminate()).ok())
    };
    async move {
        #[cfg(unix)]
        {
            let int = async {
                match int.as_mut() {
                    Some(s) => drop(s.recv().await),
                    None => std::future::pending::<()>().await,
                }
            };
            let term = async {
                match term.as_mut() {
                    Some(s) => drop(s.recv().await),
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = int => {},
                _ = term => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down");
    }
}

/// `twinning admin create` and `twinning account create`.
async fn create_account(
    email: &str,
    name: Option<String>,
    admin: bool,
    starter: bool,
    store: &StoreArgs,
) -> anyhow::Result<()> {
    let email = twinning_domain::EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("--email: {}", e.message))?;
    let name = name.unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("admin").to_owned());
    let name =
        twinning_domain::account::check_display_name(&name).map_err(|e| anyhow::anyhow!("--name: {}", e.message))?;
    let password = read_password()?;
    twinning_app::passwords::check(&password, &[email.as_str(), &name])
        .map_err(|e| anyhow::anyhow!("password: {}", twinning_app::passwords::explain(e.key)))?;
    let db = store.connect().await?;
    let powers = twinning_app::accounts::Powers { admin, starter };
    match twinning_app::App::new(db.clone()).create_account(&email, &name, password, powers).await {
        Ok(_) => {
            if admin {
                println!("Created the administrator {email}.");
            } else {
                println!("Created the account {email}.");
            }
        }
        Err(twinning_app::AppError::Conflict(_)) => {
            bail!("an account with the address {email} exists already")
        }
        Err(e) => return Err(e.into()),
    }
    db.close().await;
    Ok(())
}
