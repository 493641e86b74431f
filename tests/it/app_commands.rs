//! The app layer's commands driven directly, as every adapter calls them: the letters a
//! command sends are queued with its change in one transaction, a refused or failed command
//! queues none, and the rights are the actor's, decided once.

use std::sync::Arc;

use twinning_app::memberships::Invite;
use twinning_app::{Actor, App, AppError};
use twinning_domain::people::Person;
use twinning_domain::{EmailAddress, Role, Slug};
use twinning_web::letters::WebLetters;

use crate::support::{Signed, TestApp};

/// The application over the test's database, writing letters as the server does.
fn commands(app: &TestApp) -> App {
    let letters = WebLetters { public_url: app.config.public_url.clone() };
    App::new(app.db.clone()).with_clock(app.config.clock).with_letters(Arc::new(letters))
}

async fn actor(app: &TestApp, commands: &App, who: &Signed) -> Actor {
    let email = EmailAddress::parse(&who.email).unwrap();
    let account = app.db.account_by_email(&email).await.unwrap().expect("the builder made it");
    commands.actor(&account, "ttchan").await.unwrap()
}

async fn letters(app: &TestApp) -> usize {
    app.db.outbox(1000).await.unwrap().len()
}

/// The path of the first link in the newest letter that contains `prefix`.
async fn newest_link(app: &TestApp, prefix: &str) -> String {
    let mail = app.db.outbox(1).await.unwrap().remove(0);
    let at = mail.body.find(prefix).expect("the letter holds the link");
    mail.body[at..].split_whitespace().next().unwrap().to_owned()
}

#[tokio::test]
async fn an_invitation_is_stored_with_its_letter_or_not_at_all() {
    let app = TestApp::with_demo().await;
    let commands = commands(&app);
    let organiser = actor(&app, &commands, &app.organiser("ttchan").await).await;
    let email = EmailAddress::parse("milica@raska.test").unwrap();
    let raska = Slug::parse("raska").unwrap();
    let invite = Invite { email: &email, role: Role::Coordinator, town: Some(&raska), lang: "en" };

    commands.invite(&organiser, "Ilze", "ttchan", &invite).await.unwrap();
    assert_eq!(letters(&app).await, 1);
    let mail = app.db.outbox(1).await.unwrap().remove(0);
    assert_eq!(mail.recipient, "milica@raska.test");
    assert!(mail.body.contains("Ilze") && mail.body.contains("Partner coordinator (Raška)"), "{}", mail.body);
    let link = newest_link(&app, "/invitations/").await;
    let token = link.trim_start_matches("/invitations/");
    let now = app.config.clock.now().timestamp();
    let stored = app.db.invitation(&twinning_app::secrets::hash_secret(token), now).await.unwrap();
    assert_eq!(stored.expect("the letter's link opens the stored invitation").email, "milica@raska.test");

    // Riga is no partner: the write fails inside its transaction, and no letter stays queued.
    let riga = Slug::parse("riga").unwrap();
    let wrong = Invite { town: Some(&riga), ..invite };
    assert!(commands.invite(&organiser, "Ilze", "ttchan", &wrong).await.is_err());
    // A coordinator needs a town; a town is refused before anything is written.
    let townless = Invite { email: &email, role: Role::Coordinator, town: None, lang: "en" };
    let refused = commands.invite(&organiser, "Ilze", "ttchan", &townless).await.unwrap_err();
    assert_eq!(refused.key(), "role.town_required");
    // Only organisers invite.
    let coordinator = actor(&app, &commands, &app.coordinator_of("ttchan", "raska").await).await;
    let forbidden = commands.invite(&coordinator, "Milica", "ttchan", &invite).await.unwrap_err();
    assert!(matches!(forbidden, AppError::Forbidden));
    assert_eq!(letters(&app).await, 1, "no refused or failed invitation queued a letter");

    // Without a letter nobody could use an invitation: none is stored.
    let silent = App::new(app.db.clone()).with_clock(app.config.clock);
    let err = silent.invite(&organiser, "Ilze", "ttchan", &invite).await.unwrap_err();
    assert_eq!(err.key(), "internal");
    assert_eq!(letters(&app).await, 1);
}

#[tokio::test]
async fn the_last_organiser_keeps_the_role() {
    let app = TestApp::with_demo().await;
    let commands = commands(&app);
    let ilze = app.organiser("ttchan").await;
    let organiser = actor(&app, &commands, &ilze).await;
    let err = commands.remove_role(&organiser, "ttchan", ilze.id).await.unwrap_err();
    assert_eq!(err.key(), "role.last_organiser");
    let err = commands.set_role(&organiser, "ttchan", ilze.id, Role::Participant, None).await.unwrap_err();
    assert_eq!(err.key(), "role.last_organiser");
    // Two organisers stepping down at the same moment: one of them stays.
    let anna = app.participant("ttchan").await;
    commands.set_role(&organiser, "ttchan", anna.id, Role::Organiser, None).await.unwrap();
    let (first, second) = tokio::join!(
        commands.remove_role(&organiser, "ttchan", ilze.id),
        commands.set_role(&organiser, "ttchan", anna.id, Role::Participant, None),
    );
    assert!(first.is_ok() != second.is_ok(), "exactly one succeeds: {first:?} {second:?}");
    let left = app.db.members("ttchan").await.unwrap().into_iter().filter(|m| m.role == Role::Organiser).count();
    assert_eq!(left, 1);
}

fn delegate(name: &str, email: &str) -> Person {
    Person::parse(|k| {
        match k {
            "name" => name,
            "email" => email,
            "town" => "Raška",
            "country" => "RS",
            "role" => "delegate",
            _ => "",
        }
        .to_owned()
    })
    .expect("a valid person")
}

#[tokio::test]
async fn joining_a_delegation_queues_the_personal_link_with_the_person() {
    let app = TestApp::with_demo().await;
    let commands = commands(&app);
    let coordinator = actor(&app, &commands, &app.coordinator_of("ttchan", "raska").await).await;
    let meeting = commands.meeting(&coordinator, "ttchan", "daugavpils-2018").await.unwrap();
    let kalmar = Slug::parse("kalmar").unwrap();
    let err = commands.renew_join_link(&coordinator, &meeting, &kalmar).await.unwrap_err();
    assert!(matches!(err, AppError::Forbidden), "a coordinator renews their own delegation's link only");
    let token = commands.renew_join_link(&coordinator, &meeting, &Slug::parse("raska").unwrap()).await.unwrap();

    let nobody = commands.join_delegation("j_unknown", &delegate("Milica", "milica@raska.test"), "sr-Latn").await;
    assert_eq!(nobody.unwrap_err().key(), "link.unknown");
    let no_address = commands.join_delegation(&token, &delegate("Petar", ""), "sr-Latn").await;
    assert_eq!(no_address.unwrap_err().key(), "email.invalid");
    assert_eq!(letters(&app).await, 0, "nothing joined, nothing sent");
    assert!(app.db.people("ttchan", "daugavpils-2018", None).await.unwrap().is_empty());

    commands.join_delegation(&token, &delegate("Milica", "milica@raska.test"), "sr-Latn").await.unwrap();
    assert_eq!(letters(&app).await, 1);
    let link = newest_link(&app, "/my/").await;
    let secret = link.trim_start_matches("/my/");
    let hash = twinning_app::secrets::hash_secret(secret);
    let (who, _) = app.db.participant_by_link(&hash, false).await.unwrap().expect("the letter's link is theirs");
    assert_eq!((who.name.as_str(), who.lang.as_str()), ("Milica", "sr-Latn"));

    // The organiser sends a new link: the old one stops working, the new one is in the letter.
    let organiser = actor(&app, &commands, &app.organiser("ttchan").await).await;
    commands.send_link(&organiser, &meeting, who.id, "en").await.unwrap();
    assert_eq!(letters(&app).await, 2);
    assert!(app.db.participant_by_link(&hash, false).await.unwrap().is_none(), "the old link stops working");
    let renewed = newest_link(&app, "/my/").await;
    let hash = twinning_app::secrets::hash_secret(renewed.trim_start_matches("/my/"));
    assert!(app.db.participant_by_link(&hash, false).await.unwrap().is_some());

    // Without a letter the links are not renewed: the person would be locked out.
    let silent = App::new(app.db.clone()).with_clock(app.config.clock);
    assert_eq!(silent.send_link(&organiser, &meeting, who.id, "en").await.unwrap_err().key(), "internal");
    assert!(app.db.participant_by_link(&hash, false).await.unwrap().is_some(), "the last link still works");
    assert_eq!(letters(&app).await, 2);
}

#[tokio::test]
async fn only_the_admin_sends_a_letter_again() {
    let app = TestApp::with_demo().await;
    let commands = commands(&app);
    let admin = app.admin().await;
    let email = EmailAddress::parse(&admin.email).unwrap();
    let account = app.db.account_by_email(&email).await.unwrap().unwrap();
    let organiser = actor(&app, &commands, &app.organiser("ttchan").await).await;
    assert!(matches!(commands.retry_mail(&organiser, 1).await.unwrap_err(), AppError::Forbidden));
    let err = commands.retry_mail(&Actor::on_instance(&account), 999_999).await.unwrap_err();
    assert_eq!(err.key(), "mail.not_found");
}
