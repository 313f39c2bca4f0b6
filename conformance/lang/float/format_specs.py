v = 3.14159265
print("%f %.2f %.0f %e %.3e %g" % (v, v, v, v, v, v))
print("{:.1f} {:.4f} {:e} {:g} {:10.3f}| {:<10.2f}|".format(v, v, v, v, v, v))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%5.1f%%" % 99.5)
print("{:.2%}".format(0.256))
print("{:+.2f} {:+.2f}".format(1.5, -1.5))
print("%g %g %g %g" % (1e-5, 123456789.0, 0.0001, 100.0))
print(f"{v:.3f} {v:8.2f} {1e6:.0f}")
