//! Work on a whole deck shared out over the machine's cores: the items are cut into one run of
//! consecutive items per core, each run is worked on its own thread, and the results come back
//! in the items' order, so the outcome is the same as one pass over them.

/// `work` applied to each run of consecutive `items`, one run per core, the results in order.
pub(crate) fn runs<T: Sync, V: Send>(items: &[T], work: impl Fn(&[T]) -> V + Sync) -> Vec<V> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Too little work is not worth a thread.
    if cores < 2 || items.len() < 256 {
        return vec![work(items)];
    }
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> =
            items.chunks(items.len().div_ceil(cores)).map(|run| scope.spawn(move || work(run))).collect();
        workers.into_iter().map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

/// `work` applied to each item, in order, using every core.
pub(crate) fn map<T: Sync, U: Send>(items: &[T], work: impl Fn(&T) -> U + Sync) -> Vec<U> {
    joined(runs(items, |run| run.iter().map(&work).collect::<Vec<U>>()))
}

/// `work` applied to each item, in order, using every core, for items whose costs differ
/// (a deck's readings and its claims files): each thread takes the next few items as it
/// finishes its last, so that no core waits while another has a long run left.
pub(crate) fn map_shared<T: Sync, U: Send>(items: &[T], work: impl Fn(&T) -> U + Sync) -> Vec<U> {
    const TAKEN: usize = 16;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || items.len() < 2 * TAKEN {
        return items.iter().map(work).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (work, next) = (&work, &next);
    let taken: Vec<(usize, Vec<U>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let start = next.fetch_add(TAKEN, std::sync::atomic::Ordering::Relaxed);
                        if start >= items.len() {
                            return done;
                        }
                        let run = &items[start..(start + TAKEN).min(items.len())];
                        done.push((start, run.iter().map(work).collect::<Vec<U>>()));
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    let mut taken = taken;
    taken.sort_unstable_by_key(|(start, _)| *start);
    let mut all = Vec::with_capacity(items.len());
    for (_, run) in taken {
        all.extend(run);
    }
    all
}

/// The runs' results one after the other. The first run's vector grows to hold them all, which
/// for a big vector moves no memory, so the results are never held twice.
pub(crate) fn joined<U>(runs: Vec<Vec<U>>) -> Vec<U> {
    let mut runs = runs.into_iter();
    let mut all = runs.next().unwrap_or_default();
    for run in runs {
        all.extend(run);
    }
    all
}

#[cfg(test)]
mod tests {
    #[test]
    fn gives_what_one_pass_gives_in_the_same_order() {
        for len in [0, 1, 255, 256, 257, 10_001] {
            let items: Vec<u64> = (0..len).collect();
            let square = |n: &u64| n * n;
            assert_eq!(super::map(&items, square), items.iter().map(square).collect::<Vec<_>>());
            assert_eq!(super::map_shared(&items, square), items.iter().map(square).collect::<Vec<_>>());
            let sums = super::runs(&items, |run| run.iter().sum::<u64>());
            assert_eq!(sums.iter().sum::<u64>(), items.iter().sum::<u64>());
            assert!(sums.len() <= std::thread::available_parallelism().map_or(1, |n| n.get()).max(1));
        }
    }
}
