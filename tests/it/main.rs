//! The integration tests: one binary, a fresh database per test (dropped afterwards), the
//! router driven in-process by default and over a real port only where the test is about
//! HTTP itself; see `support.rs` for the helpers, the role builders and the tests' clock.
//! `TWINNING_TEST_BACKEND=postgres` (with `TWINNING_TEST_DATABASE_URL` pointing at a server)
//! runs the very same tests against PostgreSQL; `scripts/test` does both.

mod accounts;
mod api;
mod api_news;
mod api_photos;
mod api_writes;
mod app_commands;
mod attendance;
mod authorization;
mod backup;
mod bad_input;
mod checks;
mod cli;
mod concurrency;
mod eligibility;
mod figures;
mod hardening;
mod heavy;
mod hostile;
mod ics;
mod items;
mod languages;
mod lingers;
mod mail;
mod meanwhile;
mod media;
mod openapi;
mod pages;
mod participants;
mod public_forms;
mod registrations;
mod rights;
mod roles;
mod safe_exports;
mod sane_dates;
mod setup;
mod signin;
mod store;
mod support;
mod theme;
mod tokens;
mod translations;
mod twinnings;
mod upgrade;
mod upgrade_fixture;
