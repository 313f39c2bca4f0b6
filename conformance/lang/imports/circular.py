import cyc_a
print(cyc_a.A_VALUE, cyc_a.from_b())
import cyc_b
print(cyc_b.a_has_value())
