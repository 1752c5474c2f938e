//! Output formats. Only renderers print; each writes to any `Write`.

pub mod human;
pub mod json;
pub mod sanitize;

use std::io::{self, Write};

use crate::i18n::{Locale, Texts};
use crate::report::Output;

/// What a renderer needs besides the diagnoses.
pub struct RenderContext<'a> {
    pub texts: &'a Texts,
    pub locale: Locale,
    pub color: bool,
    /// Terminal width to wrap at.
    pub width: usize,
}

/// One output format.
pub trait Renderer {
    fn render(&self, out: &Output, ctx: &RenderContext, w: &mut dyn Write) -> io::Result<()>;
}
