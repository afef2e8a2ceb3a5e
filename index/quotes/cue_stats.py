"""Speech-cue statistics learned from annotated news (written by ``benchmarks/fit_cues.py``; do not edit).

Fitted on train_polnear.jsonl: LEARNED_CUES head >= 50% of their occurrences' attributions
(support >= 6); LOW_PRECISION cues' reported speech matched < 35% of the time.
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

LOW_PRECISION = frozenset({
    'indicated',  # 1 of 8 matched
    'maintained',  # 1 of 8 matched
    'maintains',  # 0 of 7 matched
    'proposed',  # 3 of 35 matched
    'revealed',  # 1 of 12 matched
    'spoke about',  # 0 of 10 matched
    'state',  # 0 of 6 matched
    'states',  # 2 of 15 matched
    'talked about',  # 0 of 12 matched
})
