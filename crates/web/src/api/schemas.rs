//! Schemas of request fields that say what the server enforces, so that a schema-driven
//! fuzzer (scripts/fuzz-api) and a client's validator agree with the server: slugs, language
//! tags, texts by language.  Used with `#[schema(schema_with = …)]`.

use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, SchemaType, Type};
use utoipa::openapi::{Object, Schema};

/// What `Slug::parse` accepts: 1 to 64 lowercase letters, digits and single inner hyphens.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// What `LangTag::parse` accepts: a primary subtag, an optional script and region.
pub const LANG_PATTERN: &str = "^[A-Za-z]{2,3}([-_][A-Za-z]{4})?([-_][A-Za-z]{2})?$";

fn slug_object() -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .pattern(Some(SLUG_PATTERN))
        .min_length(Some(1))
        .max_length(Some(64))
        .examples(["daugavpils"])
}

/// A slug.
pub fn slug() -> Object {
    slug_object().build()
}

/// A slug or nothing (only when creating).
pub fn opt_slug() -> Object {
    slug_object().schema_type(SchemaType::from_iter([Type::String, Type::Null])).build()
}

fn lang() -> Object {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .pattern(Some(LANG_PATTERN))
        .examples(["lv"])
        .build()
}

/// A list of language tags.
pub fn langs() -> Schema {
    Schema::Array(ArrayBuilder::new().items(lang()).build())
}

/// A language tag.
pub fn lang_tag() -> Object {
    lang()
}

fn texts_object(min: usize) -> ObjectBuilder {
    // Any string: a blank text is dropped (the language then has none), not refused.
    let text = ObjectBuilder::new().schema_type(SchemaType::Type(Type::String));
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::Object))
        .property_names(Some(lang()))
        .additional_properties(Some(text))
        .min_properties((min > 0).then_some(min))
        .description(Some("A text in each language, keyed by language tag: `{\"en\": \"…\", \"lv\": \"…\"}`."))
}

/// Texts by language, at least one.
pub fn texts_required() -> Object {
    texts_object(1).build()
}

/// Texts by language, possibly none.
pub fn texts_optional() -> Object {
    texts_object(0).build()
}

fn one_of(values: impl IntoIterator<Item = &'static str>) -> Object {
    ObjectBuilder::new().schema_type(SchemaType::Type(Type::String)).enum_values(Some(values)).build()
}

/// `ItemKind`'s wire names.
pub fn item_kind() -> Object {
    one_of(twinning_domain::ItemKind::ALL.iter().map(|k| k.as_str()))
}

/// `Audience`'s wire names.
pub fn audience() -> Object {
    one_of(twinning_domain::Audience::ALL.iter().map(|k| k.as_str()))
}

/// `PartnerRole`'s wire names.
pub fn partner_role() -> Object {
    one_of(twinning_domain::PartnerRole::ALL.iter().map(|k| k.as_str()))
}

/// `ProjectStatus`'s wire names.
pub fn project_status() -> Object {
    one_of(twinning_domain::ProjectStatus::ALL.iter().map(|k| k.as_str()))
}

/// An IANA time zone name such as `Europe/Riga`.
pub fn time_zone() -> Object {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .pattern(Some("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"))
        .examples(["Europe/Riga"])
        .build()
}
