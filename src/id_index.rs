//! Finding things by their string ids without a copy or an allocation per id: the hash tables
//! hold positions only, and hash and compare the ids where they already are.

use hashbrown::HashTable;
use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

pub(crate) struct IdIndex {
    table: HashTable<u32>,
}

impl IdIndex {
    /// Indexes `items` by `id`; where ids repeat, the first item is found.
    pub(crate) fn new<T>(items: &[T], id: impl Fn(&T) -> &str) -> Self {
        let mut table = HashTable::with_capacity(items.len());
        for (at, item) in items.iter().enumerate() {
            let key = id(item);
            let hash = FxBuildHasher.hash_one(key);
            if table.find(hash, |&i: &u32| id(&items[i as usize]) == key).is_none() {
                table.insert_unique(hash, at as u32, |&i: &u32| FxBuildHasher.hash_one(id(&items[i as usize])));
            }
        }
        IdIndex { table }
    }

    /// The position of the item with id `key` in `items`, the slice the index was made of.
    pub(crate) fn find<T>(&self, items: &[T], id: impl Fn(&T) -> &str, key: &str) -> Option<usize> {
        let hash = FxBuildHasher.hash_one(key);
        self.table.find(hash, |&i| id(&items[i as usize]) == key).map(|&i| i as usize)
    }
}

/// Strings numbered 0, 1, 2… in the order they are first seen, all kept in one buffer.
#[derive(Default)]
pub(crate) struct Interner {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<u32>,
    table: HashTable<u32>,
}

impl Interner {
    pub(crate) fn resolve(&self, n: u32) -> &str {
        nth(&self.text, &self.ends, n)
    }

    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        self.table.find(FxBuildHasher.hash_one(s), |&n| self.resolve(n) == s).copied()
    }

    /// The number of `s`, given it now if it has none.
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        let hash = FxBuildHasher.hash_one(s);
        if let Some(&n) = self.table.find(hash, |&n| self.resolve(n) == s) {
            return n;
        }
        let n = self.ends.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        let Interner { text, ends, table } = self;
        table.insert_unique(hash, n, |&m| FxBuildHasher.hash_one(nth(text, ends, m)));
        n
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len() as u32).map(|n| self.resolve(n))
    }
}

/// String `n` of a buffer holding strings that end at `ends`.
fn nth<'a>(text: &'a str, ends: &[u32], n: u32) -> &'a str {
    let start = if n == 0 { 0 } else { ends[n as usize - 1] as usize };
    &text[start..ends[n as usize] as usize]
}

#[cfg(test)]
mod tests {
    use super::{IdIndex, Interner};

    #[test]
    fn interned_strings_keep_their_numbers_and_text() {
        let mut strings = Interner::default();
        let words: Vec<String> = (0..500).map(|n| format!("card-{}", n % 300)).collect();
        let numbers: Vec<u32> = words.iter().map(|w| strings.intern(w)).collect();
        for (word, &n) in words.iter().zip(&numbers) {
            assert_eq!(strings.resolve(n), word);
            assert_eq!(strings.get(word), Some(n));
        }
        assert_eq!(numbers[..3], [0, 1, 2]);
        assert_eq!(strings.get("card-300"), None);
        assert_eq!(strings.intern(""), 300);
        assert_eq!(strings.resolve(300), "");
        assert_eq!(strings.iter().count(), 301);
        assert_eq!(strings.iter().nth(299), Some("card-299"));
    }

    #[test]
    fn finds_each_item_by_id_and_the_first_of_repeated_ids() {
        let items: Vec<String> = (0..1000).map(|n| format!("claim-{n}")).chain(["claim-7".to_owned()]).collect();
        let index = IdIndex::new(&items, String::as_str);
        for (at, item) in items.iter().enumerate().take(1000) {
            assert_eq!(index.find(&items, String::as_str, item), Some(at));
        }
        assert_eq!(index.find(&items, String::as_str, "claim-7"), Some(7));
        assert_eq!(index.find(&items, String::as_str, "claim-1000"), None);
        assert_eq!(index.find(&items, String::as_str, ""), None);
    }
}
