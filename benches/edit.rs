//! An edit of the studied deck until it shows: saving a claim of a fork of the built-in deck
//! through the workspace (files written, the deck compiled and checked, its cards made again and
//! stored in the open collection), then the next card and the library view read from it.

use criterion::{Criterion, criterion_group, criterion_main};
use steppe::clock::SystemClock;
use steppe::workspace::Workspace;

fn save_to_visible(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(data.path(), None, Box::new(|| Box::new(SystemClock)));
    ws.library().fork_builtin("edited", "Edited").unwrap();
    ws.switch("edited").unwrap();
    let claim = ws.with(|c| Ok(c.deck().claims[10].id.clone())).unwrap();
    let mut draft = ws.author("edited").unwrap().claim(claim.as_str()).unwrap();
    let texts = [draft.text.clone(), format!("{} (edited)", draft.text)];
    let mut n = 0;
    c.bench_function("save a claim of the studied deck until Review and Library show it", |b| {
        b.iter(|| {
            n += 1;
            draft.text = texts[n % 2].clone();
            ws.save_claim("edited", &draft).unwrap();
            ws.with(|c| c.session()).unwrap();
            ws.with(|c| c.library()).unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = save_to_visible
}
criterion_main!(benches);
