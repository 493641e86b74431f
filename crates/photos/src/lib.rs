//! Photo intake for publication pages. A phone photo carries where and when it was taken,
//! the camera's serial number and sometimes its owner's name: personal data that must not
//! reach a public page. Such data hides in many places (EXIF and XMP in APP1, ICC profiles
//! in APP2, APP12 and APP13 blocks, comments, bytes after the image's end, PNG text and
//! private chunks), so [`prepare`] does not hunt for it: it checks the file's structure and
//! its header (format by its bytes, never by its name; the pixel size before anything is
//! decoded), then decodes the pixels, turns them upright as the EXIF orientation says, and
//! encodes them anew. Only pixels survive. CPU-bound: call it from a blocking thread.

use std::io::Cursor;

use image::codecs::jpeg::{JpegDecoder, JpegEncoder};
use image::codecs::png::{PngDecoder, PngEncoder};
use image::{DynamicImage, ImageDecoder, ImageEncoder};
use sha2::{Digest, Sha256};

/// The largest photo accepted, in bytes.
pub const MAX_BYTES: usize = 12 * 1024 * 1024;
/// The most pixels accepted (a 40-megapixel camera; decoded, about 120 MB).
pub const MAX_PIXELS: u64 = 40_000_000;
/// The largest side accepted, in pixels (a 100-megapixel camera is about 12,000).
pub const MAX_SIDE: u32 = 16_000;
/// The most bytes the decoded pixels may take: 40 megapixels of 8-bit RGB. A picture with
/// alpha or 16-bit samples (PNG) gets fewer pixels, so that a near-limit bomb of zeros, a
/// few kilobytes in the file, cannot cost more.
pub const MAX_DECODED: u64 = MAX_PIXELS * 3;
/// The quality of re-encoded JPEGs: visually lossless for photos.
const JPEG_QUALITY: u8 = 90;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jpeg,
    Png,
}

/// What the structure of a file says before any pixel is decoded.
struct Outline {
    format: Format,
    width: u32,
    height: u32,
    /// Bytes per pixel once decoded.
    depth: u64,
    /// Where the image ends (after JPEG's EOI or PNG's IEND); anything after is not the image.
    end: usize,
}

/// Checks `data` is a JPEG or PNG photo, then re-encodes its pixels (see the module's notes).
pub fn prepare(data: &[u8]) -> Result<Prepared, PhotoError> {
    if data.is_empty() {
        return Err(refuse("photo.empty", "the file is empty"));
    }
    if data.len() > MAX_BYTES {
        return Err(refuse("photo.too_large", format!("the file is larger than {} MiB", MAX_BYTES / 1024 / 1024)));
    }
    let outline = if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        jpeg_outline(data)?
    } else if data.starts_with(PNG_SIGNATURE) {
        png_outline(data)?
    } else {
        return Err(refuse("photo.format", "only JPEG and PNG photos are accepted"));
    };
    check_size(outline.width, outline.height, outline.depth)?;
    refuse_polyglot(&data[outline.end..])?;
    let image = decode(&data[..outline.end], outline.format)?;
    let (content_type, ext, bytes) = encode(&image, outline.format)?;
    let digest = Sha256::digest(&bytes);
    let file = format!("{}.{ext}", digest.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    Ok(Prepared { content_type, file, width: image.width(), height: image.height(), bytes })
}

fn check_size(w: u32, h: u32, depth: u64) -> Result<(), PhotoError> {
    if w == 0 || h == 0 {
        return Err(refuse("photo.dimensions", format!("{w}×{h} pixels is not a picture")));
    }
    let pixels = u64::from(w) * u64::from(h);
    if w > MAX_SIDE || h > MAX_SIDE || pixels > MAX_PIXELS || pixels * depth > MAX_DECODED {
        return Err(refuse(
            "photo.too_many_pixels",
            format!(
                "{w}×{h} pixels; at most {} megapixels and {MAX_SIDE} pixels a side are accepted",
                MAX_PIXELS / 1_000_000
            ),
        ));
    }
    Ok(())
}

/// Bytes after the image's end are common (phones append their own data there) and are
/// dropped; but when they are another document, a zip, a PDF or a page, the file was made to
/// be two things at once, and is refused.
fn refuse_polyglot(trailer: &[u8]) -> Result<(), PhotoError> {
    const OTHERS: [&[u8]; 7] = [b"PK\x03\x04", b"PK\x05\x06", b"%PDF-", b"<html", b"<script", b"<?php", b"<svg"];
    if OTHERS.iter().any(|sig| trailer.windows(sig.len()).any(|w| w.eq_ignore_ascii_case(sig))) {
        return Err(refuse("photo.polyglot", "the file holds another document after the image"));
    }
    Ok(())
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn truncated(what: &str) -> PhotoError {
    refuse("photo.truncated", format!("the {what} ends before the image does"))
}

/// Walks a JPEG's segments to its end of image: the frame header gives the size; a file
/// without a frame or a scan has no picture, one without an end was cut off.
fn jpeg_outline(data: &[u8]) -> Result<Outline, PhotoError> {
    let (mut pos, mut size, mut scan, mut depth) = (2usize, None, false, 3);
    loop {
        // Markers may be preceded by fill bytes 0xFF.
        while data.get(pos) == Some(&0xFF) && data.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (data.get(pos), data.get(pos + 1)) else {
            return Err(if pos + 1 >= data.len() {
                truncated("JPEG")
            } else {
                refuse("photo.unreadable", "the JPEG's segments are malformed")
            });
        };
        pos += 2;
        match marker {
            0xD9 => break,
            0xD0..=0xD7 | 0x01 => continue,
            0xD8 => return Err(refuse("photo.unreadable", "the JPEG starts twice")),
            _ => {}
        }
        let len = match data.get(pos..pos + 2) {
            Some(b) => usize::from(u16::from_be_bytes([b[0], b[1]])),
            None => return Err(truncated("JPEG")),
        };
        if len < 2 || pos + len > data.len() {
            return Err(if len < 2 {
                refuse("photo.unreadable", "a JPEG segment is malformed")
            } else {
                truncated("JPEG")
            });
        }
        // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) && len >= 7 {
            let h = u16::from_be_bytes([data[pos + 3], data[pos + 4]]);
            let w = u16::from_be_bytes([data[pos + 5], data[pos + 6]]);
            size = Some((u32::from(w), u32::from(h)));
            // Greyscale decodes to one byte a pixel; colour (YCbCr, CMYK) to RGB, three.
            let components = u64::from(data.get(pos + 7).copied().unwrap_or(3));
            depth = if components == 1 { 1 } else { 3 };
            // A progressive frame (SOF2, 6, 10, 14) arrives in passes, so the decoder keeps
            // every coefficient (two bytes a sample) besides the pixels: a 40-megapixel one
            // would hold 240 MB before the first pixel. Counted against the same budget.
            if matches!(marker, 0xC2 | 0xC6 | 0xCA | 0xCE) {
                depth += 2 * components;
            }
        }
        pos += len;
        if marker == 0xDA {
            scan = true;
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00
            // nor a restart marker.
            loop {
                match data.get(pos..pos + 2) {
                    None => return Err(truncated("JPEG")),
                    Some([0xFF, next]) if *next != 0 && !(0xD0..=0xD7).contains(next) => break,
                    _ => pos += 1,
                }
            }
        }
    }
    let Some((width, height)) = size.filter(|_| scan) else {
        return Err(refuse("photo.no_image_data", "the JPEG holds no picture"));
    };
    Ok(Outline { format: Format::Jpeg, width, height, depth, end: pos })
}

/// Walks a PNG's chunks to IEND: the header first, then at least one IDAT with the pixels.
fn png_outline(data: &[u8]) -> Result<Outline, PhotoError> {
    let (mut pos, mut size, mut pixels, mut depth) = (PNG_SIGNATURE.len(), None, false, 4);
    loop {
        let Some(head) = data.get(pos..pos + 8) else { return Err(truncated("PNG")) };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = &head[4..8];
        let Some(body) = data.get(pos + 8..(pos + 8).saturating_add(len)) else { return Err(truncated("PNG")) };
        if data.len() < pos + 12 + len {
            return Err(truncated("PNG"));
        }
        match kind {
            b"IHDR" if size.is_none() && len == 13 => {
                let w = u32::from_be_bytes([body[0], body[1], body[2], body[3]]);
                let h = u32::from_be_bytes([body[4], body[5], body[6], body[7]]);
                size = Some((w, h));
                // Samples a pixel once expanded (a palette may become RGBA), and their bytes.
                let samples = match body[9] {
                    0 => 1,
                    2 => 3,
                    4 => 2,
                    _ => 4,
                };
                depth = samples * if body[8] == 16 { 2 } else { 1 };
            }
            _ if size.is_none() => return Err(refuse("photo.unreadable", "the PNG does not begin with its header")),
            b"IDAT" => pixels = true,
            _ => {}
        }
        pos += 12 + len;
        if kind == b"IEND" {
            break;
        }
    }
    let (width, height) = size.expect("the loop only passes the first chunk when it is IHDR");
    if !pixels {
        return Err(refuse("photo.no_image_data", "the PNG holds no picture"));
    }
    Ok(Outline { format: Format::Png, width, height, depth, end: pos })
}

/// The decoder's own limits, behind ours: the size again, and what it may allocate.
fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // The pixels (checked above) and the decoder's working memory.
    limits.max_alloc = Some(MAX_DECODED + (16 << 20));
    limits
}

/// The pixels, turned upright.
fn decode(data: &[u8], format: Format) -> Result<DynamicImage, PhotoError> {
    let bad = |e: image::ImageError| refuse("photo.unreadable", format!("the picture cannot be decoded: {e}"));
    let mut image = match format {
        Format::Jpeg => {
            let mut decoder = JpegDecoder::new(Cursor::new(data)).map_err(bad)?;
            decoder.set_limits(limits()).map_err(bad)?;
            let turn = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
            let mut image = DynamicImage::from_decoder(decoder).map_err(bad)?;
            image.apply_orientation(turn);
            image
        }
        Format::Png => {
            let mut decoder = PngDecoder::with_limits(Cursor::new(data), limits()).map_err(bad)?;
            let turn = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
            let mut image = DynamicImage::from_decoder(decoder).map_err(bad)?;
            image.apply_orientation(turn);
            image
        }
    };
    // JPEG has no alpha channel; a CMYK or greyscale-with-alpha source becomes RGB or grey.
    if format == Format::Jpeg && image.color().has_alpha() {
        image = DynamicImage::ImageRgb8(image.to_rgb8());
    }
    Ok(image)
}

fn encode(image: &DynamicImage, format: Format) -> Result<(&'static str, &'static str, Vec<u8>), PhotoError> {
    let failed = |e: image::ImageError| refuse("photo.unreadable", format!("the picture cannot be encoded: {e}"));
    let mut out = Vec::new();
    match format {
        Format::Jpeg => {
            JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).encode_image(image).map_err(failed)?;
            Ok(("image/jpeg", "jpg", out))
        }
        Format::Png => {
            let (w, h) = (image.width(), image.height());
            PngEncoder::new(&mut out).write_image(image.as_bytes(), w, h, image.color().into()).map_err(failed)?;
            Ok(("image/png", "png", out))
        }
    }
}

#[cfg(test)]
mod tests;
