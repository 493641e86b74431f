//! The letters the app's commands send, written in the recipient's language with the
//! interface's translations: the app layer's [`Letters`] port, implemented once for the pages,
//! the API and anything else that registers or invites people.

use chrono::Utc;
use twinning_app::letters::{Letters, PersonalLink, Registered, RoleInvitation};
use twinning_domain::{Bundle, Event, ProgrammeItem, RegistrationStatus};
use twinning_store::{Mail, Participant};

use crate::i18n::{Arg, Tr};

/// The item as a letter describes it: title, day and times in the meeting's zone, venues.
pub fn item_lines(tr: &Tr, b: &Bundle, ev: &Event, item: &ProgrammeItem) -> String {
    let default = Some(&b.project.default_lang);
    let mut out = format!(
        "{}\n{}, {}–{} ({})",
        tr.pick(&item.title, default).text,
        tr.day_heading(item.starts_at.date()),
        tr.time(item.starts_at),
        tr.time(item.ends_at),
        ev.time_zone.name()
    );
    for v in item.venues.iter().filter_map(|v| b.venue(v)) {
        out.push_str(&format!("\n{}, {}", tr.pick(&v.name, default).text, v.address));
    }
    out
}

/// The item alone as an iCalendar file, attached to the letter.
pub fn item_calendar(tr: &Tr, b: &Bundle, ev: &Event, item: &ProgrammeItem) -> String {
    let mut one = ev.clone();
    one.items = vec![item.clone()];
    crate::ics::programme(tr, b, &one, Utc::now(), &Default::default())
}

/// Twinning's letters, in the translations of this instance, with links to it.
pub struct WebLetters {
    /// The instance's public address, before the links' paths.
    pub public_url: String,
}

impl WebLetters {
    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

impl Letters for WebLetters {
    fn password_reset(&self, r: &twinning_app::letters::ResetLetter<'_>) -> Option<Mail> {
        let tr = Tr::new(r.lang);
        Some(Mail {
            recipient: r.email.to_owned(),
            subject: tr.get("mail-reset-subject"),
            body: tr.with(
                "mail-reset-body",
                &[
                    ("name", Arg::Str(r.name.to_owned())),
                    ("link", Arg::Str(r.link.to_owned())),
                    ("minutes", Arg::Num(r.minutes)),
                ],
            ),
            calendar: None,
        })
    }

    fn registered(&self, r: &Registered<'_>, status: RegistrationStatus) -> Option<Mail> {
        let tr = Tr::new(r.to.lang);
        let title = tr.pick(&r.item.title, Some(&r.bundle.project.default_lang)).text;
        let key = match status {
            RegistrationStatus::Waiting => "registration-mail-waiting",
            RegistrationStatus::Pending => "registration-mail-pending",
            _ => "registration-mail-confirmed",
        };
        let (confirm, until) = match r.confirm {
            Some((link, until)) => {
                let local = twinning_domain::time::to_local(r.event.time_zone, until);
                (link.to_owned(), format!("{} {}", tr.date(local.date()), tr.time(local)))
            }
            None => (String::new(), String::new()),
        };
        Some(Mail {
            recipient: r.to.email.as_str().to_owned(),
            subject: tr.with("registration-mail-subject", &[("item", Arg::Str(title))]),
            body: tr.with(
                key,
                &[
                    ("name", Arg::Str(r.to.name.to_owned())),
                    ("item", Arg::Str(item_lines(&tr, r.bundle, r.event, r.item))),
                    ("link", Arg::Str(r.link.to_owned())),
                    ("confirm", Arg::Str(confirm)),
                    ("until", Arg::Str(until)),
                ],
            ),
            calendar: (status == RegistrationStatus::Confirmed).then(|| item_calendar(&tr, r.bundle, r.event, r.item)),
        })
    }

    fn promoted(&self, b: &Bundle, ev: &Event, item: &ProgrammeItem, p: &Participant) -> Option<Mail> {
        let tr = Tr::new(&p.lang);
        let title = tr.pick(&item.title, Some(&b.project.default_lang)).text;
        Some(Mail {
            recipient: p.email.clone()?,
            subject: tr.with("registration-mail-subject", &[("item", Arg::Str(title))]),
            body: tr.with(
                "registration-mail-promoted",
                &[("name", Arg::Str(p.name.clone())), ("item", Arg::Str(item_lines(&tr, b, ev, item)))],
            ),
            calendar: Some(item_calendar(&tr, b, ev, item)),
        })
    }

    fn invitation(&self, i: &RoleInvitation<'_>) -> Option<Mail> {
        let tr = Tr::new(i.lang);
        let b = i.bundle;
        let title = tr.pick(&b.project.title, Some(&b.project.default_lang)).text;
        let town =
            i.town.map(|t| b.town(t).map(|x| crate::view::town_name(&tr, x).text).unwrap_or_else(|| t.to_string()));
        let role = crate::pages::shared::role_label(&tr, i.role, town.as_deref());
        let body = [
            ("inviter", Arg::Str(i.inviter.to_owned())),
            ("project", Arg::Str(title.clone())),
            ("role", Arg::Str(role)),
            ("link", Arg::Str(self.link(&format!("/invitations/{}", i.token)))),
            ("date", Arg::Str(tr.date(i.expires.date_naive()))),
        ];
        let subject = tr.with("mail-invitation-subject", &[("project", Arg::Str(title))]);
        Some(Mail {
            recipient: i.email.to_string(),
            subject,
            body: tr.with("mail-invitation-body", &body),
            calendar: None,
        })
    }

    fn personal_link(&self, p: &PersonalLink<'_>) -> Option<Mail> {
        let tr = Tr::new(p.to.lang);
        let event = tr.pick(&p.event.title, Some(&p.bundle.project.default_lang)).text;
        let subject = tr.with("join-mail-subject", &[("event", Arg::Str(event.clone()))]);
        let body = [
            ("name", Arg::Str(p.to.name.to_owned())),
            ("event", Arg::Str(event)),
            ("link", Arg::Str(self.link(&format!("/my/{}", p.token)))),
        ];
        Some(Mail {
            recipient: p.to.email.to_string(),
            subject,
            body: tr.with("join-mail-body", &body),
            calendar: None,
        })
    }
}
