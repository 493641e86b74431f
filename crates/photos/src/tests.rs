use exif::{Field, In, Tag, Value};
use img_parts::jpeg::Jpeg;
use img_parts::png::{Png, PngChunk};
use img_parts::{Bytes, ImageEXIF};

use super::*;

/// A valid 2×1 greyscale baseline JPEG.
const TINY_JPEG: &[u8] = include_bytes!("../tests/tiny.jpg");
/// A valid 1×1 PNG.
const TINY_PNG: &[u8] = include_bytes!("../tests/tiny.png");

/// A 2×1 JPEG as a camera would write it: EXIF with the orientation given and a GPS
/// position, an APP12 and a comment with a name, and a name after the end of the image.
fn camera_jpeg(turn: u16) -> Vec<u8> {
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
    for (marker, text) in [(0xEC, "Ducky Jānis Daugavpils"), (0xFE, "Jānis, Daugavpils")] {
        let mut segment = vec![0xFF, marker, 0, (text.len() + 2) as u8];
        segment.extend_from_slice(text.as_bytes());
        out.splice(2..2, segment);
    }
    out.extend_from_slice("Jānis was here".as_bytes());
    out
}

fn has(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// The markers of a JPEG's segments before its first scan.
fn markers(bytes: &[u8]) -> Vec<u8> {
    Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).unwrap().segments().iter().map(|s| s.marker()).collect()
}

#[test]
fn a_camera_photo_keeps_only_its_pixels_turned_upright() {
    let original = camera_jpeg(6);
    assert!(has(&original, "Jānis".as_bytes()), "the test photo has a name in it");
    let exif = Jpeg::from_bytes(Bytes::from(original.clone())).unwrap().exif().unwrap();
    let before = exif::Reader::new().read_raw(exif.to_vec()).unwrap();
    assert!(before.get_field(Tag::GPSLatitude, In::PRIMARY).is_some(), "the test photo has a position");
    let p = prepare(&original).unwrap();
    assert_eq!(p.content_type, "image/jpeg");
    assert!(!has(&p.bytes, "Jānis".as_bytes()), "the names are gone");
    assert!(Jpeg::from_bytes(Bytes::from(p.bytes.clone())).unwrap().exif().is_none(), "no EXIF at all");
    // Only what draws the picture: JFIF, tables, frame, scan.
    assert!(
        markers(&p.bytes).iter().all(|m| matches!(m, 0xE0 | 0xDB | 0xC0 | 0xC4 | 0xDA)),
        "{:x?}",
        markers(&p.bytes)
    );
    assert!(p.bytes.ends_with(&[0xFF, 0xD9]), "nothing after the end of the image");
    // Turned a quarter: the pixels are now 1 wide and 2 high.
    assert_eq!((p.width, p.height), (1, 2));
    assert!(p.file.ends_with(".jpg") && p.file.len() == 20, "{}", p.file);
}

#[test]
fn an_upright_photo_keeps_its_size_and_the_same_photo_its_name() {
    let p = prepare(&camera_jpeg(1)).unwrap();
    assert_eq!((p.width, p.height), (2, 1));
    assert_eq!(prepare(&camera_jpeg(3)).unwrap().file, prepare(&camera_jpeg(3)).unwrap().file);
    assert_ne!(prepare(&camera_jpeg(3)).unwrap().file, prepare(&camera_jpeg(6)).unwrap().file);
}

#[test]
fn png_text_and_private_chunks_are_gone() {
    let mut img = Png::from_bytes(Bytes::from_static(TINY_PNG)).unwrap();
    img.chunks_mut().insert(1, PngChunk::new(*b"tEXt", Bytes::from_static(b"Author\0Anna Berzina")));
    img.chunks_mut().insert(1, PngChunk::new(*b"prVt", Bytes::from_static(b"Anna Berzina, Daugavpils")));
    let with_text = img.encoder().bytes().to_vec();
    assert!(has(&with_text, b"Berzin"));
    let p = prepare(&with_text).unwrap();
    assert_eq!(p.content_type, "image/png");
    assert!(!has(&p.bytes, b"Berzin"));
    let kinds: Vec<[u8; 4]> =
        Png::from_bytes(Bytes::from(p.bytes)).unwrap().chunks().iter().map(|c| c.kind()).collect();
    assert!(kinds.iter().all(|k| matches!(k, b"IHDR" | b"IDAT" | b"IEND")), "{kinds:?}");
    assert_eq!((p.width, p.height), (1, 1));
}

/// A PNG with the chunks given after the signature.
fn png(chunks: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut out = PNG_SIGNATURE.to_vec();
    for (kind, body) in chunks {
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        out.extend_from_slice(*kind);
        out.extend_from_slice(body);
        out.extend_from_slice(&[0; 4]);
    }
    out
}

fn ihdr(w: u32, h: u32) -> Vec<u8> {
    [w.to_be_bytes(), h.to_be_bytes()].concat().into_iter().chain([8, 0, 0, 0, 0]).collect()
}

#[test]
fn what_is_not_a_whole_photo_is_refused_with_a_reason() {
    let key = |data: &[u8]| prepare(data).unwrap_err().key;
    assert_eq!(key(b""), "photo.empty");
    assert_eq!(key(b"GIF89a...."), "photo.format");
    assert_eq!(key(b"%PDF-1.7\n1 0 obj"), "photo.format");
    assert_eq!(key(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), "photo.format");
    assert_eq!(key(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 2]), "photo.truncated");
    assert_eq!(key(&TINY_JPEG[..TINY_JPEG.len() - 2]), "photo.truncated");
    assert_eq!(key(&TINY_JPEG[..TINY_JPEG.len() / 2]), "photo.truncated");
    assert_eq!(key(&[0xFF, 0xD8, 0xFF, 0xD9]), "photo.no_image_data");
    assert_eq!(key(b"\x89PNG\r\n\x1a\ngarbage"), "photo.truncated");
    assert_eq!(key(&png(&[(b"IHDR", ihdr(4, 4)), (b"IEND", vec![])])), "photo.no_image_data");
    assert_eq!(
        key(&png(&[(b"IHDR", ihdr(16_000, 16_000)), (b"IDAT", vec![0; 64]), (b"IEND", vec![])])),
        "photo.too_many_pixels"
    );
    assert_eq!(key(&png(&[(b"IHDR", ihdr(0, 4)), (b"IDAT", vec![0; 64]), (b"IEND", vec![])])), "photo.dimensions");
    // 40 megapixels of 16-bit RGBA would decode to 320 MB: fewer pixels for deeper ones.
    let mut deep = ihdr(8_000, 5_000);
    (deep[8], deep[9]) = (16, 6);
    assert_eq!(key(&png(&[(b"IHDR", deep), (b"IDAT", vec![0; 64]), (b"IEND", vec![])])), "photo.too_many_pixels");
    // A progressive JPEG keeps its coefficients while decoding: 20 megapixels are too many for
    // one (9 bytes a pixel), though a baseline one of the same size passes the size check and
    // only then fails to decode, for want of tables.
    let frame = |sof: u8| {
        let mut j = vec![0xFF, 0xD8, 0xFF, sof, 0, 17, 8, 0x0F, 0xA0, 0x13, 0x88, 3];
        j.extend_from_slice(&[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        j.extend_from_slice(&[0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0, 0x12, 0x34]);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j
    };
    assert_eq!(key(&frame(0xC2)), "photo.too_many_pixels");
    assert_eq!(key(&frame(0xC0)), "photo.unreadable");
    let mut polyglot = TINY_JPEG.to_vec();
    polyglot.extend_from_slice(b"PK\x03\x04\x14\0\0\0payload.html");
    assert_eq!(key(&polyglot), "photo.polyglot");
    let mut head_then_zip = TINY_JPEG[..20].to_vec();
    head_then_zip.extend_from_slice(b"PK\x03\x04\x14\0\0\0payload.html");
    assert_ne!(prepare(&head_then_zip).map(|_| ()), Ok(()));
    assert_eq!(key(&vec![0xFF; MAX_BYTES + 1]), "photo.too_large");
}
