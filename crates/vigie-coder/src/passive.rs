//! Telling a passive from a perfect formed with the same auxiliary. French
//! builds both `X est invité par Y` (passive) and `X est arrivé à Y` (the
//! active perfect of a verb of motion or change of state) from `être`; the
//! pack lists which auxiliaries can be passive, and the verb lexicon marks
//! the verbs whose active perfect takes that auxiliary (`perfect_with_be`).
//! This module must not know any particular word.

use vigie_lexicon::VerbFlags;
use vigie_text::{LanguagePack, Token};

/// Whether an auxiliary in the two words before the verb at `head` makes
/// a passive. One that is only passive (`été`, `was`) always does. One that
/// also forms the active perfect (`est`, `sont`) does only before a word
/// shaped like a participle (`est invité`, not `est en visite`), not after a
/// reflexive pronoun (`s'est refusé` is active), and not for a verb marked
/// `perfect_with_be` (`est arrivé` is active). A gerund after it (`has been
/// holding`) is a progressive, never a passive.
pub(crate) fn auxiliary_makes_passive(pack: &LanguagePack, tokens: &[Token], head: usize, flags: &VerbFlags) -> bool {
    let verb = &tokens[head];
    // `has been holding`, `were shelling`: after the auxiliary a gerund
    // makes a progressive, and its subject acts.
    if pack.is_gerund(&verb.norm) {
        return false;
    }
    (head.saturating_sub(2)..head).any(|k| {
        let word = &tokens[k].norm;
        // `Modi is to visit Japan`: an infinitive after the auxiliary is active.
        if !pack.is_passive_auxiliary(word) || (k + 1..head).any(|j| pack.is_infinitive_marker(&tokens[j].norm)) {
            return false;
        }
        if !pack.is_auxiliary(word) {
            return true;
        }
        let reflexive = k > 0 && pack.is_reflexive(&tokens[k - 1].norm);
        !reflexive && !flags.perfect_with_be && !flags.nominal && pack.is_bare_participle(&verb.lower())
    })
}

/// Whether the participle at `head` qualifies the noun right before it,
/// that noun introduced by a determiner right after an auxiliary (`le Maroc
/// est le pays invité d'honneur`, `X est un pays menacé`): the auxiliary is a
/// copula there, and the participle says what the noun undergoes.
pub(crate) fn qualifies_noun_after_copula(pack: &LanguagePack, tokens: &[Token], head: usize) -> bool {
    if head < 3 {
        return false;
    }
    let (auxiliary, determiner, noun) = (&tokens[head - 3], &tokens[head - 2], &tokens[head - 1]);
    // Only an auxiliary that can also be a copula (`est`, not `a`: `a
    // plusieurs fois déploré`, `avait la veille déclaré` are perfects).
    pack.is_auxiliary(&auxiliary.norm)
        && pack.is_passive_auxiliary(&auxiliary.norm)
        && pack.is_determiner(&determiner.norm)
        && noun.kind == vigie_text::TokenKind::Word
        && !pack.is_determiner(&noun.norm)
}
