//! Static files, embedded in the binary so an instance is one file to install.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::error::{PageError, Problem};
use crate::i18n::Tr;

const STYLE: &str = include_str!("../static/style.css");

pub(crate) async fn get(crate::pages::PagePath(file): crate::pages::PagePath<String>) -> Response {
    match file.as_str() {
        "style.css" => (
            [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
            STYLE,
        )
            .into_response(),
        _ => PageError::new(&Tr::new("en"), Problem::not_found("route.not_found")).into_response(),
    }
}
