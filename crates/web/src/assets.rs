//! Static files, embedded in the binary so an instance is one file to install.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::error::{PageError, Problem};

const STYLE: &str = include_str!("../static/style.css");
const CHECKIN_JS: &str = include_str!("../static/checkin.js");

pub(crate) async fn get(
    axum::extract::State(state): axum::extract::State<crate::Shared>,
    crate::extract::PagePath(file): crate::extract::PagePath<String>,
) -> Response {
    match file.as_str() {
        "theme.css" => (
            [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=300")],
            state.config.theme.css(),
        )
            .into_response(),
        "logo" if state.config.theme.logo.is_some() => {
            let (bytes, kind) = state.config.theme.logo.clone().unwrap_or_default();
            // An SVG logo must not run script even when opened on its own.
            (
                [
                    (header::CONTENT_TYPE, kind),
                    (header::CACHE_CONTROL, "public, max-age=300"),
                    (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"),
                ],
                bytes,
            )
                .into_response()
        }
        "style.css" => (
            [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
            STYLE,
        )
            .into_response(),
        "checkin.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
            CHECKIN_JS,
        )
            .into_response(),
        _ => PageError::from(Problem::not_found("route.not_found")).into_response(),
    }
}
