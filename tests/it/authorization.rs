//! The authorization matrix: every route × every kind of visitor → the expected answer.
//! The route list comes from the app itself (its route table and its OpenAPI document), so a
//! new route without a row here fails the test.

use std::collections::BTreeSet;

use twinning_domain::Slug;

use crate::support::{Method, Signed, TestApp, demo};

/// Visitors, in the order of each row's expected statuses.
const WHO: [&str; 7] =
    ["anonymous", "participant", "coordinator A", "coordinator B", "organiser", "other organiser", "admin"];

/// (method, path pattern, concrete path, expected status per visitor). Writes use harmless
/// input (empty forms, unknown ids) so that rows do not change what the next row sees.
const MATRIX: &[(&str, &str, &str, [u16; 7])] = &[
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/photos",
        "/api/v1/projects/ttchan/events/daugavpils-2018/photos",
        [200; 7],
    ),
    (
        "post",
        "/api/v1/projects/{project}/events/{event}/photos",
        "/api/v1/projects/ttchan/events/daugavpils-2018/photos",
        [401, 403, 403, 403, 400, 403, 400],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/photos/{id}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/photos/999999",
        [404; 7],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}/photos/{id}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/photos/999999",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}/photos/{id}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/photos/999999",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    ("post", "/api/v1/projects/{project}/news", "/api/v1/projects/ttchan/news", [401, 403, 403, 403, 422, 403, 422]),
    (
        "put",
        "/api/v1/projects/{project}/news/{post}",
        "/api/v1/projects/ttchan/news/nope",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/news/{post}",
        "/api/v1/projects/ttchan/news/nope",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/api/v1/projects/{project}/news/{post}/publish",
        "/api/v1/projects/ttchan/news/nope/publish",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/api/v1/projects/{project}/news/{post}/unpublish",
        "/api/v1/projects/ttchan/news/nope/unpublish",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/api/v1/projects/{project}/events/{event}/programme/{item}/registrations",
        "/api/v1/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska/registrations",
        [422; 7],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}/programme/{item}/registrations/{person}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska/registrations/999999",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "get",
        "/api/v1/projects/{project}/twinnings",
        "/api/v1/projects/ttchan/twinnings",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "put",
        "/api/v1/projects/{project}/twinnings/{town_a}/{town_b}/{kind}",
        "/api/v1/projects/ttchan/twinnings/nowhere/raska/twin",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/twinnings/{town_a}/{town_b}/{kind}",
        "/api/v1/projects/ttchan/twinnings/nowhere/raska/twin",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/people",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people",
        [401, 403, 200, 200, 200, 403, 200],
    ),
    (
        "post",
        "/api/v1/projects/{project}/events/{event}/people",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people",
        [401, 403, 422, 422, 422, 403, 422],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/people/{person}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people/999999",
        [401, 403, 404, 404, 404, 403, 404],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}/people/{person}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people/999999",
        [401, 403, 404, 404, 404, 403, 404],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}/people/{person}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people/999999",
        [401, 403, 404, 404, 404, 403, 404],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}/people/{person}/attendance/{date}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people/999999/attendance/2018-11-09",
        [401, 403, 404, 404, 404, 403, 404],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}/people/{person}/attendance/{date}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/people/999999/attendance/2018-11-09",
        [401, 403, 404, 404, 404, 403, 404],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/clone",
        "/manage/projects/ttchan/events/daugavpils-2018/clone",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/clone",
        "/manage/projects/ttchan/events/daugavpils-2018/clone",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/api/v1/projects/{project}/events/{event}/items",
        "/api/v1/projects/ttchan/events/daugavpils-2018/items",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/items/{item}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/items/memorandum-raska",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}/items/{item}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/items/memorandum-raska",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}/items/{item}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/items/nope",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/api/v1/projects/{project}/events/{event}/publish",
        "/api/v1/projects/ttchan/events/daugavpils-2018/publish",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/publish",
        "/manage/projects/ttchan/events/daugavpils-2018/publish",
        [303, 403, 403, 403, 303, 403, 303],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}",
        "/manage/projects/ttchan/events/daugavpils-2018",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/items",
        "/manage/projects/ttchan/events/daugavpils-2018/items",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/items/new",
        "/manage/projects/ttchan/events/daugavpils-2018/items/new",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/items/{item}",
        "/manage/projects/ttchan/events/daugavpils-2018/items/memorandum-raska",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/items/{item}",
        "/manage/projects/ttchan/events/daugavpils-2018/items/memorandum-raska",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/items/{item}/duplicate",
        "/manage/projects/ttchan/events/daugavpils-2018/items/nope/duplicate",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/items/{item}/delete",
        "/manage/projects/ttchan/events/daugavpils-2018/items/nope/delete",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/checks",
        "/manage/projects/ttchan/events/daugavpils-2018/checks",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/checks",
        "/api/v1/projects/ttchan/events/daugavpils-2018/checks",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    ("get", "/manage/projects/new", "/manage/projects/new", [303, 403, 403, 403, 403, 403, 200]),
    ("post", "/manage/projects/new", "/manage/projects/new", [303, 403, 403, 403, 403, 403, 422]),
    ("post", "/admin/accounts/{id}/starter", "/admin/accounts/999999/starter", [303, 403, 403, 403, 403, 403, 400]),
    (
        "get",
        "/manage/projects/{project}/settings",
        "/manage/projects/ttchan/settings",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/settings",
        "/manage/projects/ttchan/settings",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/partners",
        "/manage/projects/ttchan/partners",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/partners",
        "/manage/projects/ttchan/partners",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/partners/{town}",
        "/manage/projects/ttchan/partners/raska",
        [303, 403, 403, 403, 400, 403, 400],
    ),
    (
        "post",
        "/manage/projects/{project}/partners/{town}/remove",
        "/manage/projects/ttchan/partners/nope/remove",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    ("get", "/manage/projects/{project}/venues", "/manage/projects/ttchan/venues", [303, 403, 403, 403, 200, 403, 200]),
    (
        "post",
        "/manage/projects/{project}/venues",
        "/manage/projects/ttchan/venues",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/venues/new",
        "/manage/projects/ttchan/venues/new",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/venues/{venue}",
        "/manage/projects/ttchan/venues/aglona-basilica",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/venues/{venue}",
        "/manage/projects/ttchan/venues/aglona-basilica",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/events",
        "/manage/projects/ttchan/events",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/events/new",
        "/manage/projects/ttchan/events/new",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/settings",
        "/manage/projects/ttchan/events/daugavpils-2018/settings",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/settings",
        "/manage/projects/ttchan/events/daugavpils-2018/settings",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/delete",
        "/manage/projects/ttchan/events/nope/delete",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    ("post", "/api/v1/projects", "/api/v1/projects", [401, 403, 403, 403, 403, 403, 422]),
    ("put", "/api/v1/projects/{project}", "/api/v1/projects/ttchan", [401, 403, 403, 403, 422, 403, 422]),
    (
        "put",
        "/api/v1/projects/{project}/partners/{town}",
        "/api/v1/projects/ttchan/partners/raska",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/partners/{town}",
        "/api/v1/projects/ttchan/partners/nope",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "put",
        "/api/v1/projects/{project}/venues/{venue}",
        "/api/v1/projects/ttchan/venues/aglona-basilica",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}",
        "/api/v1/projects/ttchan/events/daugavpils-2018",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "delete",
        "/api/v1/projects/{project}/events/{event}",
        "/api/v1/projects/ttchan/events/nope",
        [401, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/projects/{project}/events/{event}/programme/{item}/registrations",
        "/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska/registrations",
        [409; 7],
    ),
    ("get", "/my/{token}", "/my/m_unknown", [404; 7]),
    (
        "post",
        "/my/{token}/registrations/{item}/cancel",
        "/my/m_unknown/registrations/memorandum-raska/cancel",
        [404; 7],
    ),
    ("get", "/feeds/{token}/programme.ics", "/feeds/f_unknown/programme.ics", [404; 7]),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people",
        "/manage/projects/ttchan/events/daugavpils-2018/people",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people",
        "/manage/projects/ttchan/events/daugavpils-2018/people",
        [303, 403, 422, 422, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people/new",
        "/manage/projects/ttchan/events/daugavpils-2018/people/new",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/upload",
        "/manage/projects/ttchan/events/daugavpils-2018/people/upload",
        [303, 403, 422, 422, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people/template.csv",
        "/manage/projects/ttchan/events/daugavpils-2018/people/template.csv",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people.csv",
        "/manage/projects/ttchan/events/daugavpils-2018/people.csv",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people.xlsx",
        "/manage/projects/ttchan/events/daugavpils-2018/people.xlsx",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/people/{id}",
        "/manage/projects/ttchan/events/daugavpils-2018/people/999999",
        [303, 403, 404, 404, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/{id}",
        "/manage/projects/ttchan/events/daugavpils-2018/people/999999",
        [303, 403, 404, 404, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/{id}/delete",
        "/manage/projects/ttchan/events/daugavpils-2018/people/999999/delete",
        [303, 403, 404, 404, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/{id}/erase",
        "/manage/projects/ttchan/events/daugavpils-2018/people/999999/erase",
        [303, 403, 404, 404, 404, 403, 404],
    ),
    ("get", "/my/{token}/data.json", "/my/m_unknown/data.json", [404; 7]),
    ("post", "/my/{token}/erase", "/my/m_unknown/erase", [404; 7]),
    ("post", "/my/{token}/photos", "/my/m_unknown/photos", [404; 7]),
    (
        "get",
        "/manage/projects/{project}/privacy",
        "/manage/projects/ttchan/privacy",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/privacy",
        "/manage/projects/ttchan/privacy",
        [303, 403, 403, 403, 303, 403, 303],
    ),
    (
        "post",
        "/manage/projects/{project}/retention",
        "/manage/projects/ttchan/retention",
        [303, 403, 403, 403, 303, 403, 303],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/checkin",
        "/manage/projects/ttchan/events/daugavpils-2018/checkin",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/checkin",
        "/manage/projects/ttchan/events/daugavpils-2018/checkin",
        [303, 403, 403, 403, 400, 403, 400],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/checkin/code",
        "/manage/projects/ttchan/events/daugavpils-2018/checkin/code",
        [303, 403, 403, 403, 400, 403, 400],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/badges",
        "/manage/projects/ttchan/events/daugavpils-2018/badges",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/signature-sheet.pdf",
        "/manage/projects/ttchan/events/daugavpils-2018/signature-sheet.pdf?day=2018-11-09",
        [303, 403, 200, 200, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/join-link",
        "/manage/projects/ttchan/events/daugavpils-2018/people/join-link",
        [303, 403, 303, 303, 400, 403, 400],
    ),
    ("get", "/join/{token}", "/join/j_unknown", [404; 7]),
    ("post", "/join/{token}", "/join/j_unknown", [404; 7]),
    ("get", "/confirm/{token}", "/confirm/c_unknown", [404; 7]),
    (
        "post",
        "/manage/projects/{project}/events/{event}/registration-settings",
        "/manage/projects/ttchan/events/daugavpils-2018/registration-settings",
        [303, 403, 403, 403, 303, 403, 303],
    ),
    ("post", "/confirm/{token}", "/confirm/c_unknown", [404; 7]),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/registration-settings",
        "/api/v1/projects/ttchan/events/daugavpils-2018/registration-settings",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "put",
        "/api/v1/projects/{project}/events/{event}/registration-settings",
        "/api/v1/projects/ttchan/events/daugavpils-2018/registration-settings",
        [401, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/api/v1/projects/{project}/eligibility",
        "/api/v1/projects/ttchan/eligibility",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/eligibility",
        "/manage/projects/ttchan/eligibility",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/eligibility",
        "/manage/projects/ttchan/eligibility",
        [303, 403, 403, 403, 303, 403, 303],
    ),
    (
        "get",
        "/projects/{project}/events/{event}/publication",
        "/projects/ttchan/events/daugavpils-2018/publication",
        [200; 7],
    ),
    ("get", "/manage/projects/{project}/report", "/manage/projects/ttchan/report", [303, 403, 403, 403, 200, 403, 200]),
    ("get", "/projects/{project}/news", "/projects/ttchan/news", [200; 7]),
    ("get", "/projects/{project}/news.atom", "/projects/ttchan/news.atom", [200; 7]),
    ("get", "/projects/{project}/news/{post}", "/projects/ttchan/news/nope", [404; 7]),
    (
        "get",
        "/projects/{project}/events/{event}/photos/{file}",
        "/projects/ttchan/events/daugavpils-2018/photos/nope.jpg",
        [404; 7],
    ),
    ("get", "/api/v1/projects/{project}/news", "/api/v1/projects/ttchan/news", [200; 7]),
    ("get", "/api/v1/projects/{project}/news/{post}", "/api/v1/projects/ttchan/news/nope", [404; 7]),
    ("get", "/manage/projects/{project}/news", "/manage/projects/ttchan/news", [303, 403, 403, 403, 200, 403, 200]),
    ("post", "/manage/projects/{project}/news", "/manage/projects/ttchan/news", [303, 403, 403, 403, 422, 403, 422]),
    (
        "get",
        "/manage/projects/{project}/news/new",
        "/manage/projects/ttchan/news/new",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "get",
        "/manage/projects/{project}/news/{post}",
        "/manage/projects/ttchan/news/nope",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/news/{post}",
        "/manage/projects/ttchan/news/nope",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/news/{post}/publish",
        "/manage/projects/ttchan/news/nope/publish",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/news/{post}/unpublish",
        "/manage/projects/ttchan/news/nope/unpublish",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/news/{post}/delete",
        "/manage/projects/ttchan/news/nope/delete",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/press-release",
        "/manage/projects/ttchan/events/nope/press-release",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/photos",
        "/manage/projects/ttchan/events/daugavpils-2018/photos",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/photos",
        "/manage/projects/ttchan/events/daugavpils-2018/photos",
        [303, 403, 403, 403, 400, 403, 400],
    ),
    (
        "get",
        "/manage/projects/{project}/events/{event}/photos/{id}",
        "/manage/projects/ttchan/events/daugavpils-2018/photos/999999",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/photos/{id}",
        "/manage/projects/ttchan/events/daugavpils-2018/photos/999999",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/photos/{id}/delete",
        "/manage/projects/ttchan/events/daugavpils-2018/photos/999999/delete",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    (
        "get",
        "/manage/projects/{project}/report.pdf",
        "/manage/projects/ttchan/report.pdf",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/events/{event}/people/{id}/send-link",
        "/manage/projects/ttchan/events/daugavpils-2018/people/999999/send-link",
        [303, 403, 404, 404, 404, 403, 404],
    ),
    ("get", "/", "/", [200; 7]),
    ("get", "/projects/{project}", "/projects/ttchan", [200; 7]),
    ("get", "/projects/{project}/partners", "/projects/ttchan/partners", [200; 7]),
    ("get", "/projects/{project}/events/{event}", "/projects/ttchan/events/daugavpils-2018", [200; 7]),
    (
        "get",
        "/projects/{project}/events/{event}/programme",
        "/projects/ttchan/events/daugavpils-2018/programme",
        [200; 7],
    ),
    (
        "get",
        "/projects/{project}/events/{event}/programme.ics",
        "/projects/ttchan/events/daugavpils-2018/programme.ics",
        [200; 7],
    ),
    (
        "get",
        "/projects/{project}/events/{event}/programme/{item}",
        "/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska",
        [200; 7],
    ),
    ("get", "/towns/{town}", "/towns/raska", [200; 7]),
    ("get", "/venues/{venue}", "/venues/aglona-basilica", [200; 7]),
    ("get", "/healthz", "/healthz", [200; 7]),
    ("get", "/api/openapi.json", "/api/openapi.json", [200; 7]),
    ("get", "/static/{file}", "/static/style.css", [200; 7]),
    ("get", "/signin", "/signin", [200; 7]),
    ("post", "/signin", "/signin", [422; 7]),
    ("post", "/signout", "/signout", [303; 7]),
    ("get", "/account", "/account", [303, 200, 200, 200, 200, 200, 200]),
    ("post", "/account/password", "/account/password", [303, 422, 422, 422, 422, 422, 422]),
    ("post", "/account/sessions/{id}/revoke", "/account/sessions/999999/revoke", [303, 404, 404, 404, 404, 404, 404]),
    ("post", "/account/tokens", "/account/tokens", [303, 422, 422, 422, 422, 422, 422]),
    ("post", "/account/tokens/{id}/revoke", "/account/tokens/999999/revoke", [303, 404, 404, 404, 404, 404, 404]),
    // Without a waiting challenge, the second step sends back to the first.
    ("get", "/signin/totp", "/signin/totp", [303; 7]),
    ("post", "/signin/totp", "/signin/totp", [303; 7]),
    // The admin has a second factor already: enrolling again only shows it.
    ("get", "/account/totp", "/account/totp", [303, 200, 200, 200, 200, 200, 200]),
    ("post", "/account/totp", "/account/totp", [303, 422, 422, 422, 422, 422, 303]),
    ("post", "/account/totp/disable", "/account/totp/disable", [303, 422, 422, 422, 422, 422, 422]),
    ("get", "/admin/security", "/admin/security", [303, 403, 403, 403, 403, 403, 200]),
    ("get", "/invitations/{token}", "/invitations/i_unknown", [404; 7]),
    ("post", "/invitations/{token}", "/invitations/i_unknown", [404; 7]),
    ("get", "/password-reset", "/password-reset", [200; 7]),
    ("post", "/password-reset", "/password-reset", [422; 7]),
    ("get", "/password-reset/{token}", "/password-reset/r_unknown", [404; 7]),
    ("post", "/password-reset/{token}", "/password-reset/r_unknown", [404; 7]),
    ("get", "/manage", "/manage", [303, 200, 200, 200, 200, 200, 200]),
    ("get", "/manage/projects/{project}", "/manage/projects/ttchan", [303, 200, 200, 200, 200, 403, 200]),
    ("get", "/manage/projects/{project}/people", "/manage/projects/ttchan/people", [303, 403, 403, 403, 200, 403, 200]),
    (
        "post",
        "/manage/projects/{project}/invitations",
        "/manage/projects/ttchan/invitations",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/people/{account}/role",
        "/manage/projects/ttchan/people/999999/role",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "post",
        "/manage/projects/{project}/people/{account}/revoke",
        "/manage/projects/ttchan/people/999999/revoke",
        [303, 403, 403, 403, 404, 403, 404],
    ),
    ("get", "/manage/projects/{project}/audit", "/manage/projects/ttchan/audit", [303, 403, 403, 403, 200, 403, 200]),
    (
        "get",
        "/manage/projects/{project}/translations",
        "/manage/projects/ttchan/translations",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/translations/languages",
        "/manage/projects/ttchan/translations/languages",
        [303, 403, 403, 403, 400, 403, 400],
    ),
    (
        "get",
        "/manage/projects/{project}/translations/{lang}",
        "/manage/projects/ttchan/translations/lv",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/translations/{lang}",
        "/manage/projects/ttchan/translations/lv",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    (
        "get",
        "/manage/projects/{project}/translations/{lang}/xliff",
        "/manage/projects/ttchan/translations/lv/xliff",
        [303, 403, 403, 403, 200, 403, 200],
    ),
    (
        "post",
        "/manage/projects/{project}/translations/{lang}/xliff",
        "/manage/projects/ttchan/translations/lv/xliff",
        [303, 403, 403, 403, 422, 403, 422],
    ),
    ("get", "/admin", "/admin", [303, 403, 403, 403, 403, 403, 200]),
    ("post", "/admin/organisers", "/admin/organisers", [303, 403, 403, 403, 403, 403, 422]),
    ("get", "/admin/mail/{id}", "/admin/mail/999999", [303, 403, 403, 403, 403, 403, 404]),
    ("post", "/admin/mail/{id}/retry", "/admin/mail/999999/retry", [303, 403, 403, 403, 403, 403, 404]),
    ("get", "/api/v1/projects", "/api/v1/projects", [200; 7]),
    ("get", "/api/v1/projects/{project}", "/api/v1/projects/ttchan", [200; 7]),
    ("get", "/api/v1/projects/{project}/partners", "/api/v1/projects/ttchan/partners", [200; 7]),
    ("get", "/api/v1/projects/{project}/events/{event}", "/api/v1/projects/ttchan/events/daugavpils-2018", [200; 7]),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/programme",
        "/api/v1/projects/ttchan/events/daugavpils-2018/programme",
        [200; 7],
    ),
    (
        "get",
        "/api/v1/projects/{project}/events/{event}/programme/{item}",
        "/api/v1/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska",
        [200; 7],
    ),
    ("get", "/api/v1/towns/{town}", "/api/v1/towns/raska", [200; 7]),
    ("get", "/api/v1/venues/{venue}", "/api/v1/venues/aglona-basilica", [200; 7]),
    ("get", "/api/v1/me", "/api/v1/me", [401, 200, 200, 200, 200, 200, 200]),
    (
        "get",
        "/api/v1/projects/{project}/members",
        "/api/v1/projects/ttchan/members",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    ("get", "/api/v1/projects/{project}/audit", "/api/v1/projects/ttchan/audit", [401, 403, 403, 403, 200, 403, 200]),
    (
        "get",
        "/api/v1/projects/{project}/texts/{lang}",
        "/api/v1/projects/ttchan/texts/lv",
        [401, 403, 403, 403, 200, 403, 200],
    ),
    (
        "put",
        "/api/v1/projects/{project}/texts/{lang}",
        "/api/v1/projects/ttchan/texts/lv",
        [401, 403, 403, 403, 200, 403, 200],
    ),
];

/// One signed-in account per visitor kind after the anonymous one, in the order of [`WHO`].
async fn visitors(app: &TestApp) -> Vec<Signed> {
    let mut other = demo();
    other.project.slug = Slug::parse("other").unwrap();
    app.db.import(&other).await.unwrap();
    vec![
        app.participant("ttchan").await,
        app.coordinator_of("ttchan", "raska").await,
        app.coordinator_of("ttchan", "panevezys").await,
        app.organiser("ttchan").await,
        app.organiser("other").await,
        app.admin().await,
    ]
}

/// The `Cookie` of each visitor kind, none for the anonymous one.
async fn sessions(app: &TestApp, visitors: &[Signed]) -> Vec<Option<String>> {
    let mut out = vec![None];
    for v in visitors {
        out.push(Some(app.session(v.id).await));
    }
    out
}

#[tokio::test]
async fn every_route_answers_every_visitor_as_expected() {
    let app = TestApp::with_demo().await;

    // Every route of the app has a row, and every row is a route of the app.
    let doc = app.json("/api/openapi.json").await;
    let mut routes: BTreeSet<(String, String)> =
        twinning_web::html_routes().iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            routes.insert((method.clone(), path.clone()));
        }
    }
    let rows: BTreeSet<(String, String)> = MATRIX.iter().map(|(m, p, _, _)| (m.to_string(), p.to_string())).collect();
    let missing: Vec<_> = routes.difference(&rows).collect();
    let extra: Vec<_> = rows.difference(&routes).collect();
    assert!(missing.is_empty(), "routes without a row in the authorization matrix: {missing:?}");
    assert!(extra.is_empty(), "rows for routes that do not exist: {extra:?}");

    let visitors = visitors(&app).await;
    let mut cookies = sessions(&app, &visitors).await;
    let mut wrong = Vec::new();
    for (method, pattern, path, expected) in MATRIX {
        for (who, cookie) in cookies.iter().enumerate() {
            let mut req = match *method {
                "get" => app.request(Method::GET, path),
                "put" => app.request(Method::PUT, path).header("origin", &app.base).json(&serde_json::json!({})),
                "delete" => app.request(Method::DELETE, path).header("origin", &app.base),
                _ => app.request(Method::POST, path).header("origin", &app.base).form(&[("x", "")]),
            };
            if let Some(c) = cookie {
                req = req.cookie(c);
            }
            let status = req.send().await.status().as_u16();
            if status != expected[who] {
                wrong.push(format!("{method} {path} as {}: {status}, expected {}", WHO[who], expected[who]));
            }
        }
        if *pattern == "/signout" {
            // Signing out ended every session; the rows after it need new ones.
            cookies = sessions(&app, &visitors).await;
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
