//! The fonts of a printed quiz: Noto Sans, bundled (see `assets/fonts/README.md`), and for a
//! character it lacks (Hangul, say) the first font of the system that has it. Text is measured
//! with the same shaper krilla draws it with, so a line's width is the width it prints at.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use krilla::text::Font;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Families tried first for a character the bundled font lacks, before any other of the system's.
const PREFERRED: [&str; 12] = [
    "Noto Sans",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans K",
    "Source Han Sans KR",
    "NanumGothic",
    "Nanum Gothic",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans Mongolian",
    "DejaVu Sans",
    "Droid Sans Fallback",
];

/// One font face: its bytes and index, the krilla font that embeds it, and which characters it
/// has (looked up once each).
struct Face {
    bytes: Bytes,
    index: u32,
    font: Font,
    /// The shaper of a bundled face, parsed once; a system face's is parsed when used.
    shaper: Option<rustybuzz::Face<'static>>,
    coverage: RefCell<HashMap<char, bool>>,
}

enum Bytes {
    Bundled(&'static [u8]),
    System(Arc<Vec<u8>>),
}

impl Face {
    fn bundled(bytes: &'static [u8]) -> Face {
        let shaper = rustybuzz::Face::from_slice(bytes, 0).expect("the bundled font parses");
        let font = Font::new(krilla::Data::from(bytes), 0).expect("the bundled font parses");
        Face { bytes: Bytes::Bundled(bytes), index: 0, font, shaper: Some(shaper), coverage: RefCell::default() }
    }

    fn system(data: Arc<Vec<u8>>, index: u32) -> Option<Face> {
        rustybuzz::Face::from_slice(&data, index)?;
        let font = Font::new(krilla::Data::from(data.clone()), index)?;
        Some(Face { bytes: Bytes::System(data), index, font, shaper: None, coverage: RefCell::default() })
    }

    fn with_shaper<T>(&self, f: impl FnOnce(&rustybuzz::Face) -> T) -> Option<T> {
        match (&self.shaper, &self.bytes) {
            (Some(shaper), _) => Some(f(shaper)),
            (None, Bytes::System(data)) => rustybuzz::Face::from_slice(data, self.index).map(|s| f(&s)),
            (None, Bytes::Bundled(bytes)) => rustybuzz::Face::from_slice(bytes, self.index).map(|s| f(&s)),
        }
    }

    fn covers(&self, c: char) -> bool {
        if let Some(known) = self.coverage.borrow().get(&c) {
            return *known;
        }
        let covers = self.with_shaper(|f| has_glyph(f, c)).unwrap_or(false);
        self.coverage.borrow_mut().insert(c, covers);
        covers
    }
}

/// Whether the face maps `c` to a glyph of its own (glyph 0 is the box drawn for a missing one).
fn has_glyph(face: &rustybuzz::Face, c: char) -> bool {
    face.glyph_index(c).is_some_and(|g| g.0 != 0)
}

/// Which face draws a run of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Which {
    Regular,
    Bold,
    /// The n-th fallback face loaded from the system.
    Fallback(usize),
}

/// The faces of one document; fallback faces are loaded the first time a character needs one.
pub(super) struct Fonts {
    regular: Face,
    bold: Face,
    /// The system faces loaded, each with whether it is bold.
    fallback: Vec<(Face, bool)>,
    /// For each character the bundled faces lack, in either weight: the fallback face that has
    /// it, if any.
    chosen: HashMap<(char, bool), Option<usize>>,
    /// The system faces tried for fallback, by their place in the system database.
    loaded: HashMap<fontdb::ID, usize>,
    /// Widths measured so far, by text, weight and size (its bits).
    widths: HashMap<(String, bool, u32), f32>,
}

impl Fonts {
    pub(super) fn new() -> Fonts {
        Fonts {
            regular: Face::bundled(REGULAR),
            bold: Face::bundled(BOLD),
            fallback: Vec::new(),
            chosen: HashMap::new(),
            loaded: HashMap::new(),
            widths: HashMap::new(),
        }
    }

    fn face(&self, which: Which) -> &Face {
        match which {
            Which::Regular => &self.regular,
            Which::Bold => &self.bold,
            Which::Fallback(n) => &self.fallback[n].0,
        }
    }

    pub(super) fn font(&self, which: Which) -> Font {
        self.face(which).font.clone()
    }

    /// `text` cut into runs, each with the face that draws it: the bundled face where it has the
    /// character, else a system face that has it (else the bundled face, which draws a box).
    pub(super) fn runs<'t>(&mut self, text: &'t str, bold: bool) -> Vec<(Which, &'t str)> {
        let own = if bold { Which::Bold } else { Which::Regular };
        let mut runs: Vec<(Which, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Which> = None;
        for (at, c) in text.char_indices() {
            let which = if c.is_whitespace() || c.is_control() {
                // A space joins the run it is in, so words of one script stay one run.
                current.unwrap_or(own)
            } else if self.face(own).covers(c) {
                own
            } else {
                self.fallback_for(c, bold).map_or(own, Which::Fallback)
            };
            if current.is_some_and(|w| w != which) {
                runs.push((current.unwrap_or(own), &text[start..at]));
                start = at;
            }
            current = Some(which);
        }
        if start < text.len() {
            runs.push((current.unwrap_or(own), &text[start..]));
        }
        runs
    }

    /// The width of `text` at `size` points, as shaped with its faces.
    pub(super) fn width(&mut self, text: &str, size: f32, bold: bool) -> f32 {
        let key = (text.to_owned(), bold, size.to_bits());
        if let Some(width) = self.widths.get(&key) {
            return *width;
        }
        let runs: Vec<(Which, String)> = self.runs(text, bold).into_iter().map(|(w, t)| (w, t.to_owned())).collect();
        let width = runs.iter().map(|(which, run)| self.run_width(*which, run, size)).sum();
        self.widths.insert(key, width);
        width
    }

    /// The width of one run drawn with one face, shaped as krilla shapes it.
    pub(super) fn run_width(&self, which: Which, text: &str, size: f32) -> f32 {
        let face = self.face(which);
        let units = face.with_shaper(|shaper| {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(shaper, &[], buffer);
            shaped.glyph_positions().iter().map(|p| p.x_advance).sum::<i32>()
        });
        units.unwrap_or(0) as f32 * size / face.font.units_per_em()
    }

    fn fallback_for(&mut self, c: char, bold: bool) -> Option<usize> {
        if let Some(known) = self.chosen.get(&(c, bold)) {
            return *known;
        }
        let found = self.find_fallback(c, bold);
        self.chosen.insert((c, bold), found);
        found
    }

    /// The first face (already loaded, then the preferred families, then the others by family
    /// and file) that has `c`, of the weight asked where there is one.
    fn find_fallback(&mut self, c: char, bold: bool) -> Option<usize> {
        if let Some(n) = self.fallback.iter().position(|(f, b)| *b == bold && f.covers(c)) {
            return Some(n);
        }
        let weight = if bold { fontdb::Weight::BOLD } else { fontdb::Weight::NORMAL };
        let db = system_fonts();
        let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
        let rank = |face: &fontdb::FaceInfo| {
            let family = face.families.first().map(|(name, _)| name.as_str()).unwrap_or_default();
            let preferred = PREFERRED.iter().position(|p| *p == family).unwrap_or(PREFERRED.len());
            let upright = face.style == fontdb::Style::Normal && face.weight == weight;
            (preferred, !upright, family.to_owned(), format!("{:?}", face.source), face.index)
        };
        faces.sort_by_cached_key(|f| rank(f));
        for info in faces {
            if self.loaded.contains_key(&info.id) {
                continue;
            }
            // Only a face that has the character is copied out of its file.
            let face = db.with_face_data(info.id, |data, index| {
                let covers = rustybuzz::Face::from_slice(data, index).is_some_and(|f| has_glyph(&f, c));
                if covers { Face::system(Arc::new(data.to_vec()), index) } else { None }
            });
            if let Some(face) = face.flatten() {
                self.fallback.push((face, info.weight == fontdb::Weight::BOLD));
                self.loaded.insert(info.id, self.fallback.len() - 1);
                return Some(self.fallback.len() - 1);
            }
        }
        None
    }
}

/// The system's fonts, listed once per process and only when a character needs one.
fn system_fonts() -> &'static fontdb::Database {
    static DB: OnceLock<fontdb::Database> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        db
    })
}
