//! What the public sees of a project: each meeting's latest published programme, never the
//! organisers' draft. Public pages and the API's public reads both go through here.

use twinning_domain::Bundle;

use crate::AppState;

/// The project as the public sees it: each event with its latest published programme
/// (none before the first publication), not the organisers' draft.
pub fn apply_published(b: &mut Bundle, published: &std::collections::HashMap<String, twinning_store::Published>) {
    for ev in &mut b.project.events {
        ev.items = published.get(ev.slug.as_str()).map(|p| p.items.clone()).unwrap_or_default();
    }
}

/// Of the items held at a venue, those in a published programme: drafts stay with organisers.
pub async fn published_only(
    state: &AppState,
    items: &[twinning_store::VenueItem],
) -> Result<Vec<twinning_store::VenueItem>, twinning_store::StoreError> {
    let mut published = std::collections::HashMap::new();
    for p in items.iter().map(|i| i.project.as_str()).collect::<std::collections::BTreeSet<_>>() {
        published.insert(p.to_owned(), state.db.published(p).await?);
    }
    Ok(items
        .iter()
        .filter(|i| {
            published
                .get(i.project.as_str())
                .and_then(|p| p.get(i.event.as_str()))
                .is_some_and(|p| p.items.iter().any(|x| x.slug == i.item))
        })
        .cloned()
        .collect())
}
