import cyc_a

B_VALUE = "b"


def a_has_value():
    return hasattr(cyc_a, "A_VALUE")
