//! One meeting's back office, `/manage/projects/{project}/events/{event}/…`: its programme
//! editor (`programme.rs`), whether registrations need an e-mail confirmation
//! (`registrations.rs`), settings, people, signature sheet, check-in, badges, photos and
//! checks.

pub(in crate::pages) mod badges;
pub(in crate::pages) mod checkin;
pub(in crate::pages) mod checks;
pub(in crate::pages) mod erasure;
pub(in crate::pages) mod people;
pub(in crate::pages) mod photos;
pub(in crate::pages) mod programme;
pub(in crate::pages) mod registrations;
pub(in crate::pages) mod settings;
pub(in crate::pages) mod signature_sheet;
