//! Photo intake for publication pages. A phone photo carries where and when it was taken,
//! the camera's serial number and sometimes its owner's name: personal data that must not
//! reach a public page. [`prepare`] recognises JPEG and PNG by their bytes (never by the
//! file name), reads the pixel size, and keeps only what a browser needs to draw the
//! picture: for JPEG the image data and, when it is not upright already, the orientation.
//! The pixels themselves are not re-encoded, so quality stays as uploaded.

use std::io::Cursor;

use exif::{Field, In, Reader, Tag, Value};
use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;
use img_parts::{Bytes, ImageEXIF};
use sha2::{Digest, Sha256};

/// The largest photo accepted, in bytes.
pub const MAX_BYTES: usize = 12 * 1024 * 1024;
/// The largest side accepted, in pixels (a 100-megapixel camera is about 12,000).
pub const MAX_SIDE: u32 = 16_000;

/// A photo ready to store and serve.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// `image/jpeg` or `image/png`.
    pub content_type: &'static str,
    /// The public file name: 16 hex digits of the SHA-256 of `bytes`, and the extension.
    pub file: String,
    /// As displayed, after orientation: what the `<img>` element's size attributes say.
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

/// Why a file was refused; `key` is stable and translated by the interface.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: {detail}")]
pub struct PhotoError {
    pub key: &'static str,
    pub detail: String,
}

fn refuse(key: &'static str, detail: impl Into<String>) -> PhotoError {
    PhotoError { key, detail: detail.into() }
}

/// Checks `data` is a JPEG or PNG photo and strips its metadata (see the module's notes).
pub fn prepare(data: &[u8]) -> Result<Prepared, PhotoError> {
    if data.is_empty() {
        return Err(refuse("photo.empty", "the file is empty"));
    }
    if data.len() > MAX_BYTES {
        return Err(refuse("photo.too_large", format!("the file is larger than {} MiB", MAX_BYTES / 1024 / 1024)));
    }
    let (content_type, ext, bytes, (w, h)) = if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let (bytes, size) = jpeg(data)?;
        ("image/jpeg", "jpg", bytes, size)
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        let (bytes, size) = png(data)?;
        ("image/png", "png", bytes, size)
    } else {
        return Err(refuse("photo.format", "only JPEG and PNG photos are accepted"));
    };
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
        return Err(refuse("photo.dimensions", format!("{w}×{h} pixels is not a photo size this page can show")));
    }
    let digest = Sha256::digest(&bytes);
    let file = format!("{}.{ext}", digest.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    Ok(Prepared { content_type, file, width: w, height: h, bytes })
}

/// The EXIF orientation (1–8) of a JPEG's EXIF block, 1 when absent or unreadable.
pub fn orientation(exif: &[u8]) -> u32 {
    Reader::new()
        .read_raw(exif.to_vec())
        .ok()
        .and_then(|e| e.get_field(Tag::Orientation, In::PRIMARY).and_then(|f| f.value.get_uint(0)))
        .filter(|o| (1..=8).contains(o))
        .unwrap_or(1)
}

fn jpeg(data: &[u8]) -> Result<(Vec<u8>, (u32, u32)), PhotoError> {
    let bad = |e: img_parts::Error| refuse("photo.unreadable", format!("the JPEG cannot be read: {e}"));
    let mut img = Jpeg::from_bytes(Bytes::copy_from_slice(data)).map_err(bad)?;
    let (w, h) = img.dimensions().ok_or_else(|| refuse("photo.unreadable", "the JPEG has no frame header"))?;
    let turn = img.exif().map(|e| orientation(&e)).unwrap_or(1);
    // APP1 holds EXIF (GPS position, camera serial, owner) and XMP; APP13 holds IPTC
    // (names, places); COM is free text. None is needed to draw the picture.
    for marker in [markers::APP1, markers::APP13, markers::COM] {
        img.remove_segments_by_marker(marker);
    }
    if turn != 1 {
        img.set_exif(Some(Bytes::from(orientation_only(turn))));
    }
    let (w, h) = (u32::from(w), u32::from(h));
    // Orientations 5 to 8 turn the picture a quarter: the displayed width is the height.
    let size = if turn >= 5 { (h, w) } else { (w, h) };
    Ok((img.encoder().bytes().to_vec(), size))
}

/// A minimal EXIF block holding only the orientation.
fn orientation_only(turn: u32) -> Vec<u8> {
    let field = Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![turn as u16]) };
    let mut w = exif::experimental::Writer::new();
    w.push_field(&field);
    let mut out = Cursor::new(Vec::new());
    w.write(&mut out, false).expect("one short field always encodes");
    out.into_inner()
}

fn png(data: &[u8]) -> Result<(Vec<u8>, (u32, u32)), PhotoError> {
    let mut img = Png::from_bytes(Bytes::copy_from_slice(data))
        .map_err(|e| refuse("photo.unreadable", format!("the PNG cannot be read: {e}")))?;
    let size = img.dimensions().ok_or_else(|| refuse("photo.unreadable", "the PNG has no header"))?;
    // eXIf is EXIF; the text chunks carry authors, software, places and comments; tIME the time.
    for kind in [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt", *b"tIME"] {
        img.remove_chunks_by_type(kind);
    }
    Ok((img.encoder().bytes().to_vec(), size))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2×1 JPEG (baseline, greyscale) as a camera would write it, with an EXIF block
    /// holding the orientation given and a GPS position, and a comment.
    pub(crate) fn camera_jpeg(turn: u16) -> Vec<u8> {
        let fields = [
            Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![turn]) },
            Field { tag: Tag::GPSLatitudeRef, ifd_num: In::PRIMARY, value: Value::Ascii(vec![b"N".to_vec()]) },
            Field {
                tag: Tag::GPSLatitude,
                ifd_num: In::PRIMARY,
                value: Value::Rational(vec![(55, 1).into(), (52, 1).into(), (30, 1).into()]),
            },
        ];
        let mut w = exif::experimental::Writer::new();
        for f in &fields {
            w.push_field(f);
        }
        let mut exif = Cursor::new(Vec::new());
        w.write(&mut exif, false).unwrap();
        let mut img = Jpeg::from_bytes(Bytes::from_static(TINY_JPEG)).unwrap();
        img.set_exif(Some(Bytes::from(exif.into_inner())));
        let mut out = img.encoder().bytes().to_vec();
        // A comment segment after SOI: "Jānis, Daugavpils".
        let comment = "Jānis, Daugavpils".as_bytes();
        let mut com = vec![0xFF, 0xFE, 0, (comment.len() + 2) as u8];
        com.extend_from_slice(comment);
        out.splice(2..2, com);
        out
    }

    /// A valid 2×1 greyscale baseline JPEG.
    pub(crate) const TINY_JPEG: &[u8] = include_bytes!("../tests/tiny.jpg");

    #[test]
    fn location_and_comments_are_removed_and_the_orientation_kept() {
        let original = camera_jpeg(6);
        let exif = Jpeg::from_bytes(Bytes::from(original.clone())).unwrap().exif().unwrap();
        let before = Reader::new().read_raw(exif.to_vec()).unwrap();
        assert!(before.get_field(Tag::GPSLatitude, In::PRIMARY).is_some(), "the test photo has a position");
        assert!(original.windows(6).any(|w| w == b"J\xc4\x81nis"), "the test photo has a name in it");

        let p = prepare(&original).unwrap();
        assert_eq!(p.content_type, "image/jpeg");
        assert!(!p.bytes.windows(6).any(|w| w == b"J\xc4\x81nis"), "the comment is gone");
        let exif = Jpeg::from_bytes(Bytes::from(p.bytes.clone())).unwrap().exif().expect("orientation kept");
        let after = Reader::new().read_raw(exif.to_vec()).unwrap();
        assert!(after.get_field(Tag::GPSLatitude, In::PRIMARY).is_none());
        assert!(after.get_field(Tag::GPSLatitudeRef, In::PRIMARY).is_none());
        assert_eq!(after.fields().count(), 1);
        assert_eq!(orientation(&exif), 6);
        // Turned a quarter: displayed 1 wide and 2 high.
        assert_eq!((p.width, p.height), (1, 2));
        assert!(p.file.ends_with(".jpg") && p.file.len() == 20, "{}", p.file);
    }

    #[test]
    fn an_upright_photo_keeps_no_exif_at_all() {
        let p = prepare(&camera_jpeg(1)).unwrap();
        assert!(Jpeg::from_bytes(Bytes::from(p.bytes)).unwrap().exif().is_none());
        assert_eq!((p.width, p.height), (2, 1));
    }

    #[test]
    fn the_same_photo_gets_the_same_name() {
        assert_eq!(prepare(&camera_jpeg(3)).unwrap().file, prepare(&camera_jpeg(3)).unwrap().file);
        assert_ne!(prepare(&camera_jpeg(3)).unwrap().file, prepare(&camera_jpeg(6)).unwrap().file);
    }

    #[test]
    fn png_text_chunks_are_removed() {
        let mut img = Png::from_bytes(Bytes::from_static(TINY_PNG)).unwrap();
        let text = img_parts::png::PngChunk::new(*b"tEXt", Bytes::from_static(b"Author\0Anna Berzina"));
        img.chunks_mut().insert(1, text);
        let with_text = img.encoder().bytes().to_vec();
        assert!(with_text.windows(6).any(|w| w == b"Berzin"));
        let p = prepare(&with_text).unwrap();
        assert_eq!(p.content_type, "image/png");
        assert!(!p.bytes.windows(6).any(|w| w == b"Berzin"));
        assert_eq!((p.width, p.height), (1, 1));
        assert!(p.file.ends_with(".png"));
    }

    /// A valid 1×1 PNG.
    const TINY_PNG: &[u8] = include_bytes!("../tests/tiny.png");

    #[test]
    fn what_is_not_a_photo_is_refused_with_a_reason() {
        assert_eq!(prepare(b"").unwrap_err().key, "photo.empty");
        assert_eq!(prepare(b"GIF89a....").unwrap_err().key, "photo.format");
        assert_eq!(prepare(b"<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap_err().key, "photo.format");
        assert_eq!(prepare(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 2]).unwrap_err().key, "photo.unreadable");
        assert_eq!(prepare(b"\x89PNG\r\n\x1a\ngarbage").unwrap_err().key, "photo.unreadable");
        let huge = vec![0xFF; MAX_BYTES + 1];
        assert_eq!(prepare(&huge).unwrap_err().key, "photo.too_large");
    }
}
