//! Fitting FSRS parameters to the student's own review history.

use fsrs::{CombinedProgressState, ComputeParametersInput, FSRSError, FSRSItem, FSRSReview};
use std::time::Duration;

use super::Rating;

/// Below this many reviews the defaults predict better than a fit would, so Steppe declines.
pub const MIN_REVIEWS_TO_OPTIMIZE: usize = 400;

/// One answer, on a study-day number (days since any fixed origin, counted at the rollover hour).
#[derive(Clone, Copy, Debug)]
pub struct ReviewEvent {
    pub day: i64,
    pub rating: Rating,
}

#[derive(Debug, thiserror::Error)]
pub enum OptimizeError {
    #[error(
        "optimising needs at least {needed} reviews; there are {found} so far. Keep studying with the default parameters"
    )]
    TooFewReviews { found: usize, needed: usize },
    #[error("the optimiser could not fit the review history: {0}")]
    Failed(String),
}

/// Fits parameters to each card's history (reviews in time order). `progress(done, total)` is
/// called now and then from the calling thread while the fit runs on another.
pub fn optimize_parameters(
    histories: &[Vec<ReviewEvent>],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<f32>, OptimizeError> {
    let found: usize = histories.iter().map(Vec::len).sum();
    if found < MIN_REVIEWS_TO_OPTIMIZE {
        return Err(OptimizeError::TooFewReviews { found, needed: MIN_REVIEWS_TO_OPTIMIZE });
    }
    let train_set: Vec<FSRSItem> = histories.iter().flat_map(|h| items_of(h)).collect();
    let state = CombinedProgressState::new_shared();
    let input =
        ComputeParametersInput { train_set, progress: Some(state.clone()), ..ComputeParametersInput::default() };
    let result = std::thread::scope(|scope| {
        let fit = scope.spawn(move || fsrs::compute_parameters(input));
        while !fit.is_finished() {
            {
                let s = state.lock().unwrap();
                progress(s.current(), s.total());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        fit.join()
    });
    let result = result.map_err(|_| OptimizeError::Failed("the optimiser stopped unexpectedly".into()))?;
    match result {
        Ok(parameters) => Ok(parameters),
        Err(FSRSError::NotEnoughData) => Err(OptimizeError::TooFewReviews { found, needed: MIN_REVIEWS_TO_OPTIMIZE }),
        Err(other) => Err(OptimizeError::Failed(format!("{other:?}"))),
    }
}

/// One training item per review after the first: the card's history up to and including it.
/// Items made only of same-day reviews carry no information about forgetting over days and
/// are refused by the trainer, so they are left out.
fn items_of(history: &[ReviewEvent]) -> Vec<FSRSItem> {
    let reviews: Vec<FSRSReview> = history
        .iter()
        .enumerate()
        .map(|(i, e)| FSRSReview {
            rating: e.rating as u32,
            delta_t: if i == 0 { 0 } else { (e.day - history[i - 1].day).max(0) as u32 },
        })
        .collect();
    (2..=reviews.len())
        .map(|n| FSRSItem { reviews: reviews[..n].to_vec() })
        .filter(|item| item.reviews.iter().any(|r| r.delta_t > 0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_few_reviews_are_declined_politely() {
        let history = vec![vec![ReviewEvent { day: 0, rating: Rating::Good }; 10]];
        let err = optimize_parameters(&history, &mut |_, _| {}).unwrap_err();
        assert_eq!(
            err.to_string(),
            "optimising needs at least 400 reviews; there are 10 so far. Keep studying with the default parameters"
        );
    }

    #[test]
    fn each_review_after_the_first_becomes_a_training_item() {
        let h = [(0, Rating::Again), (0, Rating::Good), (3, Rating::Good), (10, Rating::Again)]
            .map(|(day, rating)| ReviewEvent { day, rating });
        let items = items_of(&h);
        assert_eq!(items.len(), 2, "the same-day item [again, good] is left out");
        assert_eq!(items[1].reviews.iter().map(|r| r.delta_t).collect::<Vec<_>>(), vec![0, 0, 3, 7]);
    }
}
