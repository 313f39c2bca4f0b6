import cyc_b

A_VALUE = "a"


def from_b():
    return cyc_b.B_VALUE
