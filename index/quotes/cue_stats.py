"""Speech-cue statistics learned from annotated news (written by ``benchmarks/fit_cues.py``; do not edit).

Fitted on train_polnear.jsonl: LEARNED_CUES head >= 50% of their occurrences' attributions
(support >= 6); LOW_PRECISION cues' reported speech matched < 35% of the time;
BARE_CLAUSE cues head >= 60% of their occurrences' attributions (support >= 8):
they report a clause without 'that' ('CNN reported six planes flew …').
"""

LEARNED_CUES = frozenset({
    'acknowledging',  # 7 of 13
    'announcing',  # 10 of 18
    'calling',  # 72 of 141
    'declaring',  # 10 of 18
    'denied',  # 21 of 42
    'pledging',  # 6 of 7
    'promising',  # 15 of 29
    'recalling',  # 13 of 16
    'reiterated',  # 16 of 17
    'remarking',  # 6 of 8
    'repeating',  # 7 of 12
    'shouted',  # 7 of 11
    'vowing',  # 6 of 9
})

BARE_CLAUSE = frozenset({
    'acknowledged',  # 44 of 56
    'added',  # 220 of 266
    'adding',  # 58 of 83
    'announced',  # 93 of 139
    'argue',  # 26 of 39
    'argued',  # 74 of 91
    'argues',  # 10 of 12
    'arguing',  # 28 of 37
    'asks',  # 10 of 15
    'asserted',  # 12 of 13
    'boasted',  # 10 of 13
    'claimed',  # 34 of 47
    'complained',  # 14 of 21
    'conceded',  # 10 of 12
    'declared',  # 45 of 71
    'emphasized',  # 9 of 12
    'explained',  # 48 of 58
    'explaining',  # 13 of 19
    'insist',  # 14 of 22
    'insisted',  # 30 of 36
    'insisting',  # 8 of 9
    'joked',  # 10 of 12
    'noted',  # 111 of 122
    'notes',  # 21 of 34
    'noting',  # 33 of 37
    'predicted',  # 19 of 29
    'promised',  # 33 of 43
    'recalled',  # 32 of 36
    'remarked',  # 9 of 9
    'replied',  # 26 of 31
    'reported',  # 134 of 196
    'responded',  # 50 of 78
    'said',  # 4430 of 4853
    'says',  # 436 of 506
    'stated',  # 31 of 44
    'stating',  # 8 of 13
    'stressed',  # 9 of 13
    'suggested',  # 93 of 119
    'suggesting',  # 27 of 44
    'suggests',  # 21 of 33
    'tells',  # 30 of 43
    'told',  # 398 of 487
    'tweeted',  # 75 of 87
    'urged',  # 37 of 46
    'vowed',  # 34 of 37
    'vows',  # 8 of 10
    'warned',  # 37 of 44
    'writes',  # 25 of 32
    'wrote',  # 246 of 279
})

LOW_PRECISION = frozenset({
    'indicated',  # 0 of 8 matched
    'maintained',  # 1 of 8 matched
    'maintains',  # 0 of 7 matched
    'proposed',  # 1 of 37 matched
    'revealed',  # 1 of 16 matched
    'spoke about',  # 0 of 10 matched
    'state',  # 2 of 6 matched
    'states',  # 2 of 14 matched
    'talked about',  # 0 of 12 matched
})

LOW_PRECISION_THAT = frozenset({
    'agreed',  # 0 of 16 matched
    'believes',  # 1 of 8 matched
    'concluded',  # 0 of 12 matched
    'hopes',  # 0 of 7 matched
})
