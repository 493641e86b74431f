//! `/manage/projects/{project}/eligibility`: whether the project meets its funder's rules,
//! with the numbers behind each answer and the grant it reaches — while planning (counting
//! registrations) and after each meeting (counting attendance). Organisers choose the
//! ruleset and may override a value, e.g. with the amount the call's official calculator gave;
//! an override is shown as such.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::rules::{Basis, Overrides};
use twinning_domain::{Funding, Slug, Translated};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Choice, FieldError, Submitted};
use crate::i18n::{Arg, Tr, Txt};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

pub struct RuleRow {
    pub id: String,
    pub text: Txt,
    pub passed: bool,
    pub required: String,
    pub actual: String,
    pub detail: String,
    pub source: String,
    pub source_url: Option<String>,
    pub verified: bool,
    pub overridden: bool,
    /// The override's current value, for the form (rules with a threshold only).
    pub override_value: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "eligibility.html")]
struct EligibilityPage {
    l: Layout,
    action: String,
    rulesets: Vec<Choice>,
    call_year: String,
    grant_override: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    /// Present when the project has a ruleset this instance knows.
    result: Option<ResultView>,
}

pub struct ResultView {
    pub eligible: bool,
    pub ruleset_name: Txt,
    pub ruleset_version: String,
    pub events: Vec<String>,
    pub rules: Vec<RuleRow>,
    pub grant: String,
    pub next: Option<String>,
    pub grant_note: Option<String>,
}

fn num(tr: &Tr, n: Option<i64>) -> String {
    n.map(|n| tr.integer(n)).unwrap_or_default()
}

async fn page_view(
    state: &Shared,
    page: &ProjectPage,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<EligibilityPage, PageError> {
    let tr = &page.tr;
    let b = &page.b;
    let p = b.project.slug.as_str();
    let current =
        b.project.funding.as_ref().and_then(|f| f.ruleset.as_ref()).map(|r| r.to_string()).unwrap_or_default();
    let mut rulesets: Vec<Choice> = state
        .config
        .rulesets
        .iter()
        .map(|r| Choice::new(r.id.as_str(), tr.pick(&r.name, None).text, current == r.id.as_str()))
        .collect();
    rulesets.insert(0, Choice::new("", tr.get("elig-no-ruleset-choice"), current.is_empty()));
    let assessed = crate::eligibility::assess(state, b).await?;
    let overrides = match &assessed {
        Some(a) => a.overrides.clone(),
        None => state.db.rule_overrides(p).await?,
    };
    let result = assessed.map(|a| {
        let (rs, o, e) = (a.ruleset, &a.overrides, &a.eligibility);
        let events = e
            .events
            .iter()
            .map(|ev| {
                let title = b
                    .project
                    .events
                    .iter()
                    .find(|x| x.slug.as_str() == ev.event)
                    .map(|x| tr.pick(&x.title, Some(&b.project.default_lang)).text)
                    .unwrap_or_else(|| ev.event.clone());
                let basis = match ev.basis {
                    Basis::Registrations => tr.get("elig-basis-registrations"),
                    Basis::Attendance => tr.get("elig-basis-attendance"),
                };
                tr.with(
                    "elig-event-count",
                    &[
                        ("event", Arg::Str(title)),
                        ("participants", Arg::Num(ev.participants)),
                        ("invited", Arg::Num(ev.invited_participants)),
                        ("days", Arg::Num(ev.days)),
                        ("basis", Arg::Str(basis)),
                    ],
                )
            })
            .collect();
        let rules = e
            .rules
            .iter()
            .map(|r| {
                let def = rs.rules.iter().find(|d| d.id == r.id);
                let source = rs.source(&r.source);
                RuleRow {
                    id: r.id.clone(),
                    text: tr.pick(def.map(|d| &d.text).unwrap_or(&Translated::new()), None),
                    passed: r.passed,
                    required: num(tr, r.required),
                    actual: num(tr, r.actual),
                    detail: r
                        .detail
                        .iter()
                        .map(|d| if d.len() == 2 { tr.country(d) } else { d.clone() })
                        .collect::<Vec<_>>()
                        .join(", "),
                    source: source.map(|s| s.title.clone()).unwrap_or_else(|| r.source.clone()),
                    source_url: source.and_then(|s| s.url.clone()),
                    verified: r.verified,
                    overridden: r.overridden,
                    override_value: def
                        .and_then(|d| d.value)
                        .map(|_| o.rules.get(&r.id).map(|v| v.to_string()).unwrap_or_default()),
                }
            })
            .collect();
        let money = |n: i64| format!("{} {}", e.grant.currency, tr.integer(n));
        let grant = match (e.grant.amount, &e.grant.band) {
            (Some(a), _) if e.grant.overridden => tr.with("elig-grant-overridden", &[("amount", Arg::Str(money(a)))]),
            (Some(a), Some(band)) => match band.to {
                Some(to) => tr.with(
                    "elig-grant-band",
                    &[("amount", Arg::Str(money(a))), ("from", Arg::Num(band.from)), ("to", Arg::Num(to))],
                ),
                None => {
                    tr.with("elig-grant-band-top", &[("amount", Arg::Str(money(a))), ("from", Arg::Num(band.from))])
                }
            },
            (Some(a), None) => money(a),
            (None, _) if !e.eligible => tr.get("elig-grant-none"),
            (None, _) => tr.get("elig-grant-calculator"),
        };
        let next = e.grant.next.as_ref().filter(|_| !e.grant.overridden).map(|n| {
            tr.with(
                "elig-next-band",
                &[("more", Arg::Num(n.more_invited_participants)), ("amount", Arg::Str(money(n.amount)))],
            )
        });
        let grant_note = (!e.grant.verified).then(|| {
            let src = rs.source(&e.grant.source).map(|s| s.title.clone()).unwrap_or_default();
            tr.with("elig-grant-unverified", &[("source", Arg::Str(src))])
        });
        ResultView {
            eligible: e.eligible,
            ruleset_name: tr.pick(&rs.name, None),
            ruleset_version: rs.version.clone(),
            events,
            rules,
            grant,
            next,
            grant_note,
        }
    });
    let l = Layout::new(tr, tr.get("elig-title"), format!("/manage/projects/{p}/eligibility"))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), page.title().text);
    Ok(EligibilityPage {
        l,
        action: format!("/manage/projects/{p}/eligibility"),
        rulesets,
        call_year: overrides.call_year.map(|y| y.to_string()).unwrap_or_default(),
        grant_override: overrides.grant_eur.map(|g| g.to_string()).unwrap_or_default(),
        errors,
        notice,
        result,
    })
}

/// `GET /manage/projects/{project}/eligibility`.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let notice = query_param(&uri, "done").filter(|d| d == "saved").map(|_| page.tr.get("elig-saved"));
    let view = page_view(&state, &page, Vec::new(), notice).await?;
    render(&view, &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/eligibility`: the ruleset, the call year, the grant and
/// rule overrides (`rule.{id}`); an empty field removes its override.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = page.tr.clone();
    let s = Submitted::parse(&body)?;
    let mut errors = Vec::new();
    let chosen = s.get("ruleset");
    let ruleset = match chosen.as_str() {
        "" => None,
        id => match state.config.ruleset(id) {
            Some(r) => Some(r.clone()),
            None => {
                errors.push(FieldError::new(&tr, "ruleset", "ruleset.unknown"));
                None
            }
        },
    };
    let whole =
        |field: &'static str, key: &str, range: std::ops::RangeInclusive<i64>, errors: &mut Vec<FieldError>| match s
            .get(field)
            .trim()
        {
            "" => None,
            v => match v.replace([' ', ',', '.', '\u{a0}'], "").parse::<i64>() {
                Ok(n) if range.contains(&n) => Some(n),
                _ => {
                    errors.push(FieldError::new(&tr, field, key));
                    None
                }
            },
        };
    let mut overrides = Overrides {
        call_year: whole("call_year", "elig.call_year_invalid", 2000..=2100, &mut errors).map(|y| y as i32),
        grant_eur: whole("grant_eur", "elig.amount_invalid", 0..=10_000_000, &mut errors),
        rules: Default::default(),
    };
    if let Some(rs) = &ruleset {
        for rule in rs.rules.iter().filter(|r| r.value.is_some()) {
            let field = format!("rule.{}", rule.id);
            match s.get(&field).trim() {
                "" => {}
                v => match v.parse::<i64>() {
                    Ok(n) if (0..=100_000).contains(&n) => {
                        overrides.rules.insert(rule.id.clone(), n);
                    }
                    _ => errors.push(FieldError::new(&tr, "rules", "elig.rule_invalid")),
                },
            }
        }
    }
    if !errors.is_empty() {
        let view = page_view(&state, &page, errors, None).await?;
        return render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let new_id: Option<Slug> = ruleset.as_ref().map(|r| r.id.clone());
    let old_id = page.b.project.funding.as_ref().and_then(|f| f.ruleset.clone());
    if new_id != old_id {
        match (&mut page.b.project.funding, &new_id) {
            (Some(f), _) => f.ruleset = new_id.clone(),
            (None, Some(_)) => {
                let rs = ruleset.as_ref().expect("chosen");
                page.b.project.funding = Some(Funding {
                    programme: rs.programme.clone(),
                    strand: Translated::new(),
                    measure: rs.measure.clone(),
                    ruleset: new_id.clone(),
                });
            }
            (None, None) => {}
        }
        page.save(&state, &user, "rules.choose", new_id.as_ref().map(|s| s.as_str()).unwrap_or("-")).await?;
    }
    state.app.set_rule_overrides(page.actor()?, page.b.project.slug.as_str(), &overrides).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/eligibility?done=saved", page.b.project.slug)).into_response())
}
