//! Fuzz target: the whole diagnose path (reading, segmenting, extraction, matching, report,
//! redaction, rendering) over arbitrary bytes. The engine is built once, as in use.
#![no_main]

use apidiag::render::{human::Human, json::Json, RenderContext, Renderer};
use apidiag::{Config, Engine};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // The engine holds Fluent bundles, which are not shared between threads.
    static ENGINE: Engine = Engine::new(&Config::default()).expect("bundled rules load");
}

fuzz_target!(|data: &[u8]| ENGINE.with(|engine| diagnose(engine, data)));

fn diagnose(engine: &Engine, data: &[u8]) {
    let out = engine
        .scan(data, |_| {})
        .expect("reading from memory does not fail");
    let ctx = RenderContext {
        texts: engine.texts(),
        locale: engine.locale(),
        color: false,
        width: 80,
    };
    let mut json = Vec::new();
    Json.render(&out, &ctx, &mut json)
        .expect("rendering to memory does not fail");
    serde_json::from_slice::<serde_json::Value>(&json).expect("JSON output parses");
    let mut human = Vec::new();
    Human
        .render(&out, &ctx, &mut human)
        .expect("rendering to memory does not fail");
}
