import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_int_0')
d = {18446744073709551617: 1393, 3066: 1394, 15: 1395, 4: 1396, -14: 1397, 65: 1398}
print(list(d.items()))
print(list(d.items()))
d.setdefault(4, 1399)
if 31 in d: del d[31]
d[8] = 1400
d[1073741824] = 1401
d[3066] = 1402
d[65535] = 1403
if 65535 in d: del d[65535]
d.pop(1073741824, None)
if 72 in d: del d[72]
if 3066 in d: del d[3066]
d = d.copy()
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d.pop(4, None)
if 15 in d: del d[15]
if 1073741824 in d: del d[1073741824]
print(list(d.items()))
if 92 in d: del d[92]
d.update([(802, 1404)])
print(list(d.items()))
d[-790] = 1405
print(list(d.items()))
if 15 in d: del d[15]
if -790 in d: del d[-790]
print(list(d.items()))
print('# dict_int_1')
d = {k: v for k, v in zip([97, 92], [1406, 1407])}
print(list(d.items()))
d[49] = 1408
d[64] = 1409
d[64] = 1410
d[-14] = 1411
d[46] = 1412
d.update({67: 1413, 88: 1414, 10: 1415, 70: 1416})
d[4] = 1417
print(list(d.items()))
d.update({96: 1418, 47: 1419, -887: 1420, 85: 1421})
if 97 in d: del d[97]
d.update([(73, 1422)])
d.pop(-1180591620717411303429, None)
d.pop(67, None)
d[75] = 1423
if 1099511627776 in d: del d[1099511627776]
d[42] = 1424
d[53] = 1425
d[44] = 1426
if 10 in d: del d[10]
d[57] = 1427
print(d.popitem() if d else None)
d[39] = 1428
if 53 in d: del d[53]
d |= {52: 1429, -1073741824: 1430, 40: 1431}
d = d | {-15: 1432, 95: 1433, 87: 1434, 87: 1435}
if 4 in d: del d[4]
d[46] = 1436
d[49] = 1437
d.update({55: 1438})
d.pop(57, None)
d |= {3612: 1439}
d = d | {34: 1440, 83: 1441, 33: 1442, 84: 1443}
d[1890] = 1444
if 13 in d: del d[13]
print(d.popitem() if d else None)
d[5] = 1445
print(d.popitem() if d else None)
d[64] = 1446
d.update({1073741823: 1447, -601: 1448, 87: 1449})
d[83] = 1450
if -887 in d: del d[-887]
print(list(d.items()))
d[21] = 1451
d[19] = 1452
d[57] = 1453
print(list(d.items()))
d[41] = 1454
d[63] = 1455
print(list(d.items()))
print('# dict_int_2')
d = dict.fromkeys(iter([27]), 0)
print(list(d.items()))
d[-4] = 1457
if 30 in d: del d[30]
d[52] = 1458
d[1652] = 1459
d[93] = 1460
d[5] = 1461
d[68] = 1462
d[7] = 1463
d[27] = 1464
print(list(d.items()))
print(list(d.items()))
d |= {53: 1465, 35: 1466}
d = d.copy()
d.update([(97, 1467), (67, 1468)])
print(list(d.items()))
d[33] = 1469
d[39] = 1470
d[18] = 1471
d[74] = 1472
d = d.copy()
if 0 in d: del d[0]
d = d.copy()
d[3650] = 1473
if 39 in d: del d[39]
d.update({86: 1474, 44: 1475, 29: 1476, 68: 1477, 76: 1478, 15: 1479})
print(list(d.items()))
print(list(d.items()))
print('# dict_int_3')
d = {k: v for k, v in zip([144, 2947, 2697, -8, 30, -12], [1480, 1481, 1482, 1483, 1484, 1485])}
print(list(d.items()))
d[-12] = 1486
d[84] = 1487
d[-1] = 1488
d.update([(60, 1489)])
if 2697 in d: del d[2697]
d[91] = 1490
d.update([(72, 1491), (46, 1492), (23, 1493), (42, 1494), (676, 1495)])
d.update({-1073741825: 1496, -4: 1497, 17: 1498, 18: 1499, 2120: 1500, 69: 1501})
if 676 in d: del d[676]
print(list(d.items()))
if 2697 in d: del d[2697]
d.update({92: 1502, 80: 1503, -2: 1504, 65: 1505, 449: 1506})
if 1199 in d: del d[1199]
print(list(d.items()))
d[54] = 1507
d[55] = 1508
d[30] = 1509
if 92 in d: del d[92]
d[30] = 1510
d[53] = 1511
d.pop(65, None)
d[38] = 1512
d = d.copy()
if 96 in d: del d[96]
print(d.popitem() if d else None)
d[-5] = 1513
print(list(d.items()))
d[-13] = 1514
d[46] = 1515
d[-12] = 1516
d[-16] = 1517
print(d.popitem() if d else None)
d[35] = 1518
d[40] = 1519
print(d.popitem() if d else None)
d[-12] = 1520
d.pop(-2, None)
print(list(d.items()))
print(list(d.items()))
d[69] = 1521
d[82] = 1522
d[39] = 1523
print(list(d.items()))
d.update({12: 1524, 8: 1525, 4294967295: 1526})
if -65536 in d: del d[-65536]
d[95] = 1527
print(list(d.items()))
print('# dict_int_4')
d = {3059: 1528, 59: 1529, 361: 1530, 68: 1531, -1: 1532, 26: 1533}
print(list(d.items()))
d[30] = 1534
d[26] = 1535
d.pop(89, None)
d[-17] = 1536
if 30 in d: del d[30]
print(list(d.items()))
d[3] = 1537
if 30 in d: del d[30]
d[-252] = 1538
d[-17] = 1539
print(list(d.items()))
print(d.popitem() if d else None)
d[-18] = 1540
print(list(d.items()))
d.update({295: 1541, 63: 1542, 71: 1543})
print(list(d.items()))
d[28] = 1544
d[-6] = 1545
d[1036] = 1546
d[15] = 1547
print(list(d.items()))
d.pop(28, None)
d[63] = 1548
print(list(d.items()))
d[91] = 1549
d[50] = 1550
if 63 in d: del d[63]
d[-17] = 1551
d |= {-1099511627773: 1552, 20: 1553, 24: 1554}
d[90] = 1555
d[361] = 1556
print(list(d.items()))
print('# dict_int_5')
d = {98: 1557, 30: 1558, 63: 1559, 18446744073709551617: 1560, 70: 1561, 83: 1562, 22: 1563, 58: 1564, 93: 1565, 44: 1566, 75: 1567, 8: 1568}
print(list(d.items()))
d[50] = 1569
d[82] = 1570
d[30] = 1571
d[98] = 1572
d[47] = 1573
d[30] = 1574
d[59] = 1575
d = d | {3436: 1576, 1324: 1577, -7: 1578}
d[-1] = 1579
d.pop(50, None)
d[24] = 1580
d[-2] = 1581
d[3968] = 1582
d[31] = 1583
d.pop(30, None)
print(list(d.items()))
d[1245] = 1584
d.update({47: 1585, 43: 1586, 2183: 1587, -1: 1588, 85: 1589, 22: 1590})
d[18446744073709551617] = 1591
if 43 in d: del d[43]
d[-217] = 1592
if -2 in d: del d[-2]
print(list(d.items()))
print(list(d.items()))
d.pop(14, None)
d[85] = 1593
d[-14] = 1594
print(list(d.items()))
if 47 in d: del d[47]
print(d.popitem() if d else None)
d[-13] = 1595
print(list(d.items()))
d[44] = 1596
d[1073741823] = 1597
d[1788] = 1598
d[87] = 1599
d.pop(-1, None)
d[1] = 1600
if 30 in d: del d[30]
d[5] = 1601
d[16] = 1602
d.setdefault(-217, 1603)
d[-6] = 1604
d[-13] = 1605
if 5 in d: del d[5]
d[70] = 1606
d[29] = 1607
print(d.popitem() if d else None)
print(list(d.items()))
d.pop(-217, None)
print(list(d.items()))
print('# dict_int_6')
d = {94: 1608, 61: 1609, 85: 1610, 59: 1611, 1620: 1612, 71: 1613, 37: 1614, 37: 1615}
print(list(d.items()))
if 94 in d: del d[94]
d[78] = 1616
print(d.popitem() if d else None)
d.setdefault(59, 1617)
d[62] = 1618
print(list(d.items()))
d[-164] = 1619
d[62] = 1620
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([(2577, 1621)])
d[-3] = 1622
d[-1180591620717411303429] = 1623
d[-5] = 1624
d.setdefault(68, 1625)
d[24] = 1626
d = d.copy()
d[2147483647] = 1627
d[-1180591620717411303429] = 1628
d[85] = 1629
d[27] = 1630
if -5 in d: del d[-5]
d.pop(94, None)
print(list(d.items()))
d[1325] = 1631
d[35] = 1632
d[95] = 1633
d[60] = 1634
d[3] = 1635
d[35] = 1636
d[72] = 1637
print(list(d.items()))
if -206 in d: del d[-206]
d[1620] = 1638
d[37] = 1639
print(d.popitem() if d else None)
d[88] = 1640
print(list(d.items()))
d = d.copy()
if 78 in d: del d[78]
print(list(d.items()))
if 79 in d: del d[79]
print(d.popitem() if d else None)
d[63] = 1641
d[55] = 1642
d[6] = 1643
if -17 in d: del d[-17]
d.update({-7: 1644, 0: 1645})
d[789] = 1646
d |= {78: 1647}
print(list(d.items()))
print('# dict_int_7')
d = dict([(2, 1648), (79, 1649), (64, 1650), (32, 1651), (45, 1652), (46, 1653), (44, 1654), (50, 1655), (96, 1656), (85, 1657), (82, 1658)])
print(list(d.items()))
d[79] = 1659
d[75] = 1660
if 437 in d: del d[437]
d[96] = 1661
d[44] = 1662
d.pop(44, None)
d[1547] = 1663
d[2147483647] = 1664
d[79] = 1665
d[21] = 1666
d[21] = 1667
d[29] = 1668
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[-663] = 1669
d[22] = 1670
d.pop(85, None)
if 29 in d: del d[29]
print(d.popitem() if d else None)
d[82] = 1671
print(d.popitem() if d else None)
print(list(d.items()))
d[51] = 1672
d |= {0: 1673, 80: 1674, -17: 1675, 2803: 1676}
d.update({1073741823: 1677, 3365: 1678, 709: 1679, 664: 1680, 3444: 1681, 70: 1682})
if 21 in d: del d[21]
d[1547] = 1683
print(list(d.items()))
d[98] = 1684
d[-1073741825] = 1685
d = d | {3744: 1686, 59: 1687, 25: 1688, -65536: 1689}
if 85 in d: del d[85]
print(list(d.items()))
if 70 in d: del d[70]
if 3444 in d: del d[3444]
d.setdefault(98, 1690)
d[22] = 1691
print(list(d.items()))
d[-4] = 1692
print(list(d.items()))
d[78] = 1693
d[-1] = 1694
print(list(d.items()))
d[28] = 1695
d[-4] = 1696
d[75] = 1697
d[52] = 1698
d[41] = 1699
if 664 in d: del d[664]
print(d.popitem() if d else None)
if 79 in d: del d[79]
d.setdefault(79, 1700)
print(list(d.items()))
d[50] = 1701
print(d.popitem() if d else None)
d[49] = 1702
d.pop(1073741823, None)
print(list(d.items()))
print(d.popitem() if d else None)
if 79 in d: del d[79]
print(list(d.items()))
d[83] = 1703
d.update([(3424, 1704), (98, 1705), (65, 1706), (96, 1707)])
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[2692] = 1708
d[-14] = 1709
d.clear()
d[664] = 1710
d.setdefault(96, 1711)
d[38] = 1712
print(list(d.items()))
print(list(d.items()))
d[1073741823] = 1713
if -4 in d: del d[-4]
d = d | {}
d.pop(50, None)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# dict_int_8')
d = dict([(8, 1714), (-1180591620717411303429, 1715), (16, 1716), (962, 1717), (72, 1718), (2944, 1719), (99, 1720), (36, 1721), (-65536, 1722), (86, 1723), (48, 1724), (-5, 1725)])
print(list(d.items()))
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d[1] = 1726
print(list(d.items()))
print(list(d.items()))
d[-15] = 1727
d[2480] = 1728
d = d.copy()
d[38] = 1729
d[-13] = 1730
d[2944] = 1731
d.update([(49, 1732)])
d[30] = 1733
d[9] = 1734
d.pop(28, None)
print(d.popitem() if d else None)
d.update({0: 1735})
d[-13] = 1736
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[6] = 1737
d[24] = 1738
d[77] = 1739
d[88] = 1740
d[-293] = 1741
d[-65536] = 1742
if 2944 in d: del d[2944]
d.pop(16, None)
print(list(d.items()))
d.update({80: 1743, 95: 1744})
d[46] = 1745
d[1] = 1746
d[77] = 1747
print(list(d.items()))
d[46] = 1748
print(list(d.items()))
print('# dict_int_9')
d = {65536: 1749, 59: 1750, 2663: 1751, -2: 1752, 95: 1753, 3510: 1754, -19: 1755}
print(list(d.items()))
d.update([(6, 1756), (10, 1757), (75, 1758), (69, 1759)])
d = d.copy()
d[75] = 1760
d[81] = 1761
print(list(d.items()))
d[1214] = 1762
d.update({-13: 1763, 71: 1764, 22: 1765, -2: 1766, -17: 1767, 24: 1768})
print(list(d.items()))
print(list(d.items()))
d[57] = 1769
d[-5] = 1770
d[13] = 1771
d.update({0: 1772, -1: 1773, 51: 1774, 87: 1775, 14: 1776})
print(list(d.items()))
if 75 in d: del d[75]
print(list(d.items()))
d.update([(54, 1777), (-20, 1778), (0, 1779)])
print(d.popitem() if d else None)
print(list(d.items()))
d[67] = 1780
d[3745] = 1781
d[-1073741824] = 1782
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_int_10')
d = dict()
print(list(d.items()))
if 69 in d: del d[69]
print(list(d.items()))
d[85] = 1783
d[85] = 1784
print(list(d.items()))
d.update({39: 1785, 1073741823: 1786})
d[85] = 1787
d[84] = 1788
d[-9] = 1789
if 85 in d: del d[85]
d[51] = 1790
if 1073741823 in d: del d[1073741823]
d[18446744073709551617] = 1791
print(list(d.items()))
d[15] = 1792
print(d.popitem() if d else None)
print(list(d.items()))
d[-1180591620717411303429] = 1793
print(list(d.items()))
d[10] = 1794
print(list(d.items()))
print(list(d.items()))
d[92] = 1795
d[4] = 1796
d[12] = 1797
d[-11] = 1798
d[10] = 1799
d[98] = 1800
d.pop(5, None)
d[53] = 1801
if 3403 in d: del d[3403]
d[21] = 1802
if 3252 in d: del d[3252]
d[10] = 1803
d[11] = 1804
d[56] = 1805
if 56 in d: del d[56]
d[2643] = 1806
d[-942] = 1807
d[45] = 1808
d.update({80: 1809, 13: 1810, 61: 1811, 41: 1812, 47: 1813})
d[70] = 1814
if 3818 in d: del d[3818]
d[51] = 1815
print(list(d.items()))
d[87] = 1816
d = d.copy()
d[2797] = 1817
d[0] = 1818
if 10 in d: del d[10]
if 98 in d: del d[98]
d[2797] = 1819
d.update([(0, 1820)])
if 21 in d: del d[21]
d[18] = 1821
d[-4] = 1822
d[-11] = 1823
d[-989] = 1824
d[52] = 1825
print(list(d.items()))
d = d.copy()
print(d.popitem() if d else None)
if 1073741823 in d: del d[1073741823]
d[11] = 1826
if 12 in d: del d[12]
print(list(d.items()))
d.clear()
print(list(d.items()))
d[41] = 1827
d[98] = 1828
d[-18] = 1829
d[59] = 1830
if 2797 in d: del d[2797]
if 85 in d: del d[85]
print(list(d.items()))
d[84] = 1831
d[0] = 1832
if 84 in d: del d[84]
d[-10] = 1833
d.setdefault(85, 1834)
d = d.copy()
d[4] = 1835
d[0] = 1836
d[41] = 1837
d[47] = 1838
d[60] = 1839
d[47] = 1840
print(list(d.items()))
print('# dict_int_11')
d = {k: v for k, v in zip([-1099511627773, 88, 3890, 60, 65535, -566, 43, 92, -19, 76, 4294967303], [1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851])}
print(list(d.items()))
if 4294967303 in d: del d[4294967303]
d[4294967303] = 1852
print(list(d.items()))
d.update({70: 1853, 10: 1854, -14: 1855, 87: 1856})
print(d.popitem() if d else None)
d[41] = 1857
d[25] = 1858
d[86] = 1859
d[90] = 1860
print(list(d.items()))
d[87] = 1861
d[-11] = 1862
print(list(d.items()))
d[46] = 1863
d.setdefault(46, 1864)
d[2637] = 1865
d[55] = 1866
d[66] = 1867
if 41 in d: del d[41]
d[1073741824] = 1868
d[44] = 1869
print(d.popitem() if d else None)
if 46 in d: del d[46]
d[78] = 1870
d[56] = 1871
print(list(d.items()))
print(list(d.items()))
d[47] = 1872
print(list(d.items()))
if 60 in d: del d[60]
d[-1099511627773] = 1873
d[-8] = 1874
d[44] = 1875
print(list(d.items()))
d[56] = 1876
d[8] = 1877
d[96] = 1878
d[3890] = 1879
d[45] = 1880
print(list(d.items()))
d[3705] = 1881
d[-15] = 1882
d[88] = 1883
if 42 in d: del d[42]
d[3303] = 1884
if -15 in d: del d[-15]
d.pop(3890, None)
d = d | {16: 1885, 49: 1886, -848: 1887, -18: 1888}
d[46] = 1889
print(list(d.items()))
if 96 in d: del d[96]
print(list(d.items()))
if 88 in d: del d[88]
d[89] = 1890
d[26] = 1891
d[5] = 1892
print(d.popitem() if d else None)
if 97 in d: del d[97]
d.setdefault(-15, 1893)
d[720] = 1894
print(list(d.items()))
d.pop(-11, None)
d[63] = 1895
if -1099511627773 in d: del d[-1099511627773]
print(list(d.items()))
d[3890] = 1896
print(d.popitem() if d else None)
print(list(d.items()))
d[47] = 1897
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d = d | {}
d[-566] = 1898
d.pop(1073741824, None)
d[17] = 1899
d.pop(65535, None)
d[50] = 1900
d[-1073741825] = 1901
print(list(d.items()))
print('# dict_int_12')
d = dict(zip([43, 7, 1073741823, -27, 1731], [1902, 1903, 1904, 1905, 1906]))
print(list(d.items()))
print(list(d.items()))
d[-14] = 1907
print(list(d.items()))
d[-27] = 1908
d[36] = 1909
d[99] = 1910
d[70] = 1911
d[-13] = 1912
print(list(d.items()))
d[91] = 1913
d[19] = 1914
d[4] = 1915
d[2147483647] = 1916
if -14 in d: del d[-14]
print(list(d.items()))
print(list(d.items()))
d[7] = 1917
d.setdefault(-27, 1918)
d.update({4294967295: 1919})
print(list(d.items()))
d[-27] = 1920
d[76] = 1921
d = d.copy()
d.update([(-2, 1922)])
d.update([(-1, 1923), (48, 1924), (1764, 1925)])
if 4294967295 in d: del d[4294967295]
d = d.copy()
d[35] = 1926
d[1731] = 1927
if 47 in d: del d[47]
d.pop(-27, None)
d.setdefault(-13, 1928)
d[7] = 1929
if 99 in d: del d[99]
d[82] = 1930
d[99] = 1931
d.update([(45, 1932), (90, 1933), (3218, 1934)])
if 3939 in d: del d[3939]
if 70 in d: del d[70]
if 92 in d: del d[92]
d[310] = 1935
d.setdefault(7, 1936)
if 91 in d: del d[91]
d.setdefault(37, 1937)
d.pop(-1, None)
if -2 in d: del d[-2]
d[85] = 1938
if 36 in d: del d[36]
d[4] = 1939
d[37] = 1940
if -27 in d: del d[-27]
d[37] = 1941
print(list(d.items()))
d[4] = 1942
d[76] = 1943
d[4] = 1944
d[4] = 1945
print(list(d.items()))
d[13] = 1946
print(d.popitem() if d else None)
d[-1180591620717411303429] = 1947
if 2147483647 in d: del d[2147483647]
d.update({18446744073709551617: 1948, 2019: 1949, 51: 1950, 18446744073709551617: 1951, 15: 1952, -5: 1953})
d[68] = 1954
print(list(d.items()))
print('# dict_int_13')
d = dict.fromkeys([0, 65, 78, 2858], 0)
print(list(d.items()))
d[65535] = 1959
d[18] = 1960
d[79] = 1961
print(list(d.items()))
d[28] = 1962
print(list(d.items()))
d.setdefault(18, 1963)
d[1939] = 1964
if 2858 in d: del d[2858]
d.update({94: 1965})
d[2858] = 1966
d[-2] = 1967
d[-5] = 1968
d[87] = 1969
d[57] = 1970
if 97 in d: del d[97]
if -5 in d: del d[-5]
d[20] = 1971
d[82] = 1972
d[28] = 1973
d[18] = 1974
d[24] = 1975
d[33] = 1976
d.setdefault(33, 1977)
print(list(d.items()))
d[94] = 1978
d[20] = 1979
print(d.popitem() if d else None)
print(list(d.items()))
d[56] = 1980
d[-11] = 1981
d[-95] = 1982
if 81 in d: del d[81]
d[4294967303] = 1983
d[71] = 1984
d[9] = 1985
d[-275] = 1986
d[-11] = 1987
d[46] = 1988
d[37] = 1989
d[2412] = 1990
d[99] = 1991
if -2 in d: del d[-2]
d.pop(33, None)
if 227 in d: del d[227]
d[66] = 1992
d[40] = 1993
d.setdefault(46, 1994)
d[65] = 1995
print(list(d.items()))
d[-1073741825] = 1996
d[87] = 1997
d[-15] = 1998
if 40 in d: del d[40]
d.setdefault(33, 1999)
print(list(d.items()))
d[2858] = 2000
d[-13] = 2001
if 65535 in d: del d[65535]
print(list(d.items()))
d[78] = 2002
if 71 in d: del d[71]
d[50] = 2003
print(list(d.items()))
d.update({539: 2004, -1180591620717411303429: 2005, 93: 2006})
d[19] = 2007
d[-1] = 2008
if 33 in d: del d[33]
d[36] = 2009
print(list(d.items()))
d[32] = 2010
if 2858 in d: del d[2858]
d[44] = 2011
print(d.popitem() if d else None)
d[93] = 2012
d[31] = 2013
d.update([(64, 2014)])
print(list(d.items()))
print('# dict_int_14')
d = dict([(62, 2015), (-787, 2016), (46, 2017), (-15, 2018), (1491, 2019), (66, 2020), (32, 2021), (65535, 2022), (92, 2023), (-13, 2024), (63, 2025), (65536, 2026)])
print(list(d.items()))
if 66 in d: del d[66]
d[-18] = 2027
if 84 in d: del d[84]
print(list(d.items()))
d.setdefault(65535, 2028)
d[25] = 2029
print(list(d.items()))
d[37] = 2030
d[2271] = 2031
d.pop(37, None)
d[-836] = 2032
if 39 in d: del d[39]
d[23] = 2033
print(d.popitem() if d else None)
d[40] = 2034
d[70] = 2035
print(list(d.items()))
print(list(d.items()))
d[66] = 2036
d = d.copy()
d[190] = 2037
d |= {26: 2038}
print(list(d.items()))
d[70] = 2039
d[-836] = 2040
d.update([(-19, 2041)])
d[22] = 2042
d.pop(40, None)
d.update([(-10, 2043), (17, 2044), (-1, 2045), (66, 2046), (44, 2047)])
d.update({31: 2048, 44: 2049, 74: 2050, 84: 2051, 76: 2052})
if -1073741824 in d: del d[-1073741824]
d.pop(70, None)
d[-998] = 2053
d.update({7: 2054, 81: 2055, 42: 2056})
d[-881] = 2057
if -19 in d: del d[-19]
d[23] = 2058
d[85] = 2059
print(list(d.items()))
d[2524] = 2060
d[0] = 2061
d.update([(30, 2062), (56, 2063), (36, 2064), (-15, 2065)])
if -998 in d: del d[-998]
d[5] = 2066
print(list(d.items()))
d.pop(61, None)
d[-13] = 2067
d[-836] = 2068
d[77] = 2069
d.pop(-15, None)
d[2525] = 2070
print(d.popitem() if d else None)
print(list(d.items()))
d[23] = 2071
d.update([(52, 2072), (-4, 2073), (13, 2074), (-13, 2075)])
d[96] = 2076
d[89] = 2077
print(list(d.items()))
print(list(d.items()))
print('# dict_int_15')
d = dict()
print(list(d.items()))
d[1524] = 2078
d[1524] = 2079
print(list(d.items()))
d.update([(56, 2080), (11, 2081), (-15, 2082), (19, 2083)])
if 1524 in d: del d[1524]
d.setdefault(1524, 2084)
print(d.popitem() if d else None)
d[1073741823] = 2085
d.setdefault(56, 2086)
print(d.popitem() if d else None)
d[54] = 2087
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
d[75] = 2088
d[75] = 2089
if 56 in d: del d[56]
d[71] = 2090
print(list(d.items()))
d[-65536] = 2091
d[29] = 2092
print(d.popitem() if d else None)
d = d.copy()
d[42] = 2093
d[71] = 2094
d[47] = 2095
d.update({28: 2096, 97: 2097})
d[-220] = 2098
if 19 in d: del d[19]
print(d.popitem() if d else None)
d[3521] = 2099
print(list(d.items()))
if -220 in d: del d[-220]
d[81] = 2100
d[1524] = 2101
d[57] = 2102
d[1524] = 2103
d[69] = 2104
d[-1180591620717411303429] = 2105
print(d.popitem() if d else None)
d[-5] = 2106
if 1073741823 in d: del d[1073741823]
print(list(d.items()))
d.pop(54, None)
print(list(d.items()))
d.setdefault(3521, 2107)
if 19 in d: del d[19]
d[18] = 2108
if 44 in d: del d[44]
if 75 in d: del d[75]
d[3] = 2109
d[54] = 2110
d[-11] = 2111
d[-5] = 2112
if 29 in d: del d[29]
d[2931] = 2113
d[4294967303] = 2114
d[59] = 2115
print(list(d.items()))
d[52] = 2116
d[18] = 2117
d.update([(0, 2118)])
print(d.popitem() if d else None)
d[3103] = 2119
d.update([(76, 2120)])
d.update([(29, 2121), (-141, 2122), (-13, 2123), (12, 2124), (77, 2125)])
if 2931 in d: del d[2931]
if -220 in d: del d[-220]
d[67] = 2126
d[98] = 2127
d[-7] = 2128
print(list(d.items()))
print('# dict_int_16')
d = {k: v for k, v in zip([96], [2129])}
print(list(d.items()))
d[96] = 2130
d[-20] = 2131
d.update({1209: 2132, -1180591620717411303429: 2133, 40: 2134})
if 81 in d: del d[81]
print(d.popitem() if d else None)
d[3932] = 2135
if 3932 in d: del d[3932]
d[12] = 2136
d[1209] = 2137
d.pop(96, None)
print(list(d.items()))
print(list(d.items()))
d[1475] = 2138
if 96 in d: del d[96]
print(list(d.items()))
d[12] = 2139
d[-597] = 2140
d[71] = 2141
print(list(d.items()))
d[2147483647] = 2142
d[84] = 2143
print(list(d.items()))
d[-4] = 2144
d[-597] = 2145
d[-20] = 2146
print(list(d.items()))
print(list(d.items()))
d.pop(28, None)
d[-14] = 2147
d[1209] = 2148
d[1099511627776] = 2149
d[82] = 2150
print(list(d.items()))
d.setdefault(1, 2151)
print(list(d.items()))
d[-8] = 2152
print(d.popitem() if d else None)
d[12] = 2153
if -20 in d: del d[-20]
print(list(d.items()))
d[20] = 2154
if 12 in d: del d[12]
d[96] = 2155
d[-597] = 2156
if 3 in d: del d[3]
d[96] = 2157
if -14 in d: del d[-14]
d[40] = 2158
if 96 in d: del d[96]
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d = d.copy()
d[-1073741825] = 2159
d.pop(1209, None)
d[65535] = 2160
d[-18] = 2161
d[96] = 2162
print(list(d.items()))
print(d.popitem() if d else None)
d[-9] = 2163
d[83] = 2164
d[25] = 2165
print(list(d.items()))
d[-17] = 2166
d[-5] = 2167
print(list(d.items()))
d[71] = 2168
print(d.popitem() if d else None)
d[-4] = 2169
d[1209] = 2170
d[25] = 2171
d[82] = 2172
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_int_17')
d = dict([(1, 2173), (-7, 2174), (2135, 2175), (1976, 2176), (38, 2177), (44, 2178), (-1073741825, 2179), (3917, 2180), (29, 2181), (102, 2182)])
print(list(d.items()))
d[69] = 2183
d[-17] = 2184
d.setdefault(32, 2185)
d[2033] = 2186
d[33] = 2187
print(d.popitem() if d else None)
d[38] = 2188
d[-1180591620717411303429] = 2189
print(list(d.items()))
d[68] = 2190
d[38] = 2191
if 1 in d: del d[1]
if 1 in d: del d[1]
d[64] = 2192
d[74] = 2193
d[29] = 2194
d[3358] = 2195
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d = d.copy()
d[93] = 2196
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d.pop(102, None)
d[38] = 2197
d.clear()
d.update([(7, 2198), (50, 2199)])
d[50] = 2200
print(list(d.items()))
d[95] = 2201
d[1303] = 2202
if 32 in d: del d[32]
d = d.copy()
d[1] = 2203
d[32] = 2204
d[1357] = 2205
if 24 in d: del d[24]
if 1 in d: del d[1]
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault(1303, 2206)
d[-13] = 2207
if 1 in d: del d[1]
print(list(d.items()))
d[47] = 2208
d.update({2494: 2209, 18446744073709551617: 2210, 21: 2211, 67: 2212})
d |= {15: 2213, 84: 2214}
d[51] = 2215
d.update([(36, 2216), (55, 2217), (39, 2218), (83, 2219)])
print(list(d.items()))
print('# dict_int_18')
d = {67: 2220, 2147483648: 2221, 21: 2222}
print(list(d.items()))
d[84] = 2223
d[14] = 2224
d.setdefault(67, 2225)
print(list(d.items()))
print(list(d.items()))
d[924] = 2226
print(list(d.items()))
d[3634] = 2227
d[-1073741825] = 2228
d.clear()
d[-18] = 2229
d[86] = 2230
d[67] = 2231
if 14 in d: del d[14]
d[-1] = 2232
print(list(d.items()))
d[2743] = 2233
d = d.copy()
d[32] = 2234
if 84 in d: del d[84]
if -1 in d: del d[-1]
d = d | {-20: 2235}
d[-9] = 2236
d[-7] = 2237
if 16 in d: del d[16]
d[27] = 2238
d[6] = 2239
if -9 in d: del d[-9]
d[2101] = 2240
print(list(d.items()))
print(d.popitem() if d else None)
d[88] = 2241
print(list(d.items()))
d.pop(2743, None)
d[3634] = 2242
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# dict_int_19')
d = {43: 2243, 31: 2244, 6: 2245, 53: 2246, 61: 2247, 17: 2248, 24: 2249, 34: 2250, 14: 2251, -1180591620717411303429: 2252, 37: 2253}
print(list(d.items()))
d |= {75: 2254, 18446744073709551617: 2255, 56: 2256}
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[45] = 2257
d[-17] = 2258
if 13 in d: del d[13]
if 69 in d: del d[69]
print(d.popitem() if d else None)
d[57] = 2259
if 41 in d: del d[41]
d.update([(65, 2260), (76, 2261), (67, 2262), (32, 2263), (5, 2264)])
if -19 in d: del d[-19]
print(d.popitem() if d else None)
d[17] = 2265
d[82] = 2266
d[63] = 2267
d[14] = 2268
d[48] = 2269
print(list(d.items()))
d[5] = 2270
print(list(d.items()))
if 61 in d: del d[61]
d[74] = 2271
d.pop(76, None)
d[32] = 2272
print(list(d.items()))
d[56] = 2273
d[67] = 2274
if 24 in d: del d[24]
d[90] = 2275
d[62] = 2276
if 24 in d: del d[24]
d.pop(57, None)
print(d.popitem() if d else None)
print(list(d.items()))
d[57] = 2277
if 57 in d: del d[57]
d[43] = 2278
if 32 in d: del d[32]
print(list(d.items()))
d[90] = 2279
d[-6] = 2280
d[-1073741825] = 2281
d[96] = 2282
if 14 in d: del d[14]
d[15] = 2283
print(d.popitem() if d else None)
print(list(d.items()))
print(d.popitem() if d else None)
if 6 in d: del d[6]
if 6 in d: del d[6]
d[45] = 2284
print(list(d.items()))
print(list(d.items()))
d.pop(23, None)
d[2] = 2285
print(d.popitem() if d else None)
d[-900] = 2286
print(d.popitem() if d else None)
d.pop(15, None)
d.setdefault(34, 2287)
d[31] = 2288
d = d.copy()
d[6] = 2289
d |= {2147483648: 2290, 0: 2291, 14: 2292, 25: 2293}
d[93] = 2294
d[0] = 2295
d[45] = 2296
d[68] = 2297
if 32 in d: del d[32]
print(list(d.items()))
print(d.popitem() if d else None)
d = d.copy()
d[31] = 2298
d = d | {45: 2299, 3576: 2300}
print(list(d.items()))
if 5 in d: del d[5]
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# dict_int_20')
d = {0: 2301, 66: 2302, 30: 2303}
print(list(d.items()))
d[66] = 2304
d[4294967295] = 2305
d[0] = 2306
d.setdefault(-15, 2307)
d[-448] = 2308
d = d.copy()
if 0 in d: del d[0]
if 4294967295 in d: del d[4294967295]
d[-242] = 2309
d[30] = 2310
print(d.popitem() if d else None)
d = d.copy()
if 73 in d: del d[73]
print(list(d.items()))
d[95] = 2311
d.setdefault(46, 2312)
if 0 in d: del d[0]
d.setdefault(98, 2313)
d[-15] = 2314
d.setdefault(46, 2315)
d[22] = 2316
d[0] = 2317
d[1099511627776] = 2318
if 4294967295 in d: del d[4294967295]
d.update([(36, 2319), (19, 2320), (35, 2321), (4, 2322)])
d[99] = 2323
d[52] = 2324
d[36] = 2325
if 0 in d: del d[0]
d.update([(-16, 2326), (87, 2327), (97, 2328)])
d[68] = 2329
d.update([(18446744073709551617, 2330), (-15, 2331)])
print(list(d.items()))
if -15 in d: del d[-15]
d.pop(3842, None)
d.update({2032: 2332, 1168: 2333, 3791: 2334, 11: 2335})
d[3449] = 2336
d.pop(58, None)
print(d.popitem() if d else None)
if 87 in d: del d[87]
print(list(d.items()))
d[1684] = 2337
if 1099511627776 in d: del d[1099511627776]
d[83] = 2338
d.update([(84, 2339)])
d[84] = 2340
d[29] = 2341
print(list(d.items()))
print(d.popitem() if d else None)
if 0 in d: del d[0]
d[-15] = 2342
d[3938] = 2343
d[64] = 2344
d[85] = 2345
d[74] = 2346
d[94] = 2347
print(list(d.items()))
d.update([(98, 2348)])
d[-1099511627773] = 2349
d[-4] = 2350
print(list(d.items()))
d[71] = 2351
d[0] = 2352
d.update({0: 2353, 18446744073709551617: 2354, 33: 2355, 13: 2356})
d.update([(23, 2357), (1099511627776, 2358), (65536, 2359), (-15, 2360)])
d[79] = 2361
print(list(d.items()))
d.pop(-20, None)
d[86] = 2362
print(list(d.items()))
if -4 in d: del d[-4]
d[65535] = 2363
d[65535] = 2364
d |= {}
d[83] = 2365
print(list(d.items()))
print('# dict_int_21')
d = {4294967303: 2366, 9: 2367, 68: 2368, 51: 2369, 2396: 2370, 63: 2371}
print(list(d.items()))
d[89] = 2372
print(list(d.items()))
d[2282] = 2373
d[5] = 2374
d.setdefault(2396, 2375)
d[92] = 2376
print(list(d.items()))
print(list(d.items()))
d[4294967303] = 2377
d[-12] = 2378
d[51] = 2379
print(list(d.items()))
print(list(d.items()))
d |= {73: 2380, 16: 2381}
d[1645] = 2382
d.clear()
d[56] = 2383
d.pop(5, None)
d[89] = 2384
print(list(d.items()))
d[1073741824] = 2385
d[-7] = 2386
if 4294967303 in d: del d[4294967303]
if 89 in d: del d[89]
d[1099511627776] = 2387
if 2396 in d: del d[2396]
if -16 in d: del d[-16]
print(list(d.items()))
print('# dict_int_22')
d = {k: v for k, v in zip([38, 97, 56, -832, -616, 65, -20, 64, 2077], [2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396])}
print(list(d.items()))
print(list(d.items()))
d[64] = 2397
d[63] = 2398
d.pop(56, None)
d[64] = 2399
d[41] = 2400
if 63 in d: del d[63]
d[-11] = 2401
d[-10] = 2402
d[2576] = 2403
d.update({64: 2404, 45: 2405, 89: 2406, 44: 2407, 3511: 2408})
d[-9] = 2409
d[82] = 2410
d.setdefault(85, 2411)
d[45] = 2412
d.setdefault(45, 2413)
d[50] = 2414
d[-10] = 2415
d.pop(64, None)
print(list(d.items()))
d[65] = 2416
if 89 in d: del d[89]
d[2576] = 2417
print(list(d.items()))
d[12] = 2418
print(list(d.items()))
d.pop(63, None)
d[41] = 2419
if -13 in d: del d[-13]
d[19] = 2420
d[38] = 2421
print(d.popitem() if d else None)
d[72] = 2422
d[74] = 2423
print(list(d.items()))
d[82] = 2424
d[28] = 2425
d.update({-2: 2426, -573: 2427, 91: 2428, 77: 2429, 47: 2430})
print(list(d.items()))
d[2] = 2431
d[74] = 2432
if 5 in d: del d[5]
print(list(d.items()))
if 44 in d: del d[44]
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[74] = 2433
d[-20] = 2434
print(list(d.items()))
print(list(d.items()))
print('# dict_int_23')
d = {15: 2435, 98: 2436, 39: 2437, 41: 2438, 70: 2439, -1073741824: 2440, 79: 2441}
print(list(d.items()))
if 98 in d: del d[98]
d[3190] = 2442
if 2087 in d: del d[2087]
d[79] = 2443
print(list(d.items()))
d[79] = 2444
d.update([(76, 2445), (11, 2446), (74, 2447), (39, 2448)])
if 2 in d: del d[2]
if 76 in d: del d[76]
d[-4] = 2449
d[3376] = 2450
d.update([(58, 2451), (2984, 2452), (84, 2453)])
d.setdefault(20, 2454)
print(d.popitem() if d else None)
d[58] = 2455
print(list(d.items()))
d.setdefault(11, 2456)
d.update({-14: 2457, 3484: 2458, -4: 2459})
if -1073741824 in d: del d[-1073741824]
if 39 in d: del d[39]
d[-1] = 2460
d.pop(15, None)
if 21 in d: del d[21]
d[6] = 2461
if -1 in d: del d[-1]
d[33] = 2462
print(d.popitem() if d else None)
d[74] = 2463
print(list(d.items()))
d.pop(3190, None)
d[69] = 2464
d.pop(82, None)
d[816] = 2465
d[79] = 2466
d[98] = 2467
print(list(d.items()))
d[0] = 2468
d[41] = 2469
if 79 in d: del d[79]
d[6] = 2470
d[18] = 2471
if -4 in d: del d[-4]
d.update({-6: 2472})
if -14 in d: del d[-14]
d[-1] = 2473
d = d.copy()
if 76 in d: del d[76]
print(list(d.items()))
d[97] = 2474
d.update({61: 2475, 33: 2476})
d[70] = 2477
d[69] = 2478
if 79 in d: del d[79]
d.update([(-10, 2479), (82, 2480), (17, 2481)])
if 18 in d: del d[18]
if 70 in d: del d[70]
d[54] = 2482
d[-1073741824] = 2483
print(list(d.items()))
print('# dict_int_24')
d = dict.fromkeys([], 0)
print(list(d.items()))
print(list(d.items()))
d.update({1457: 2484})
d.pop(2824, None)
d.setdefault(1457, 2485)
d[1457] = 2486
d |= {3970: 2487, -1073741825: 2488, 3: 2489}
d.pop(1457, None)
d[1457] = 2490
d.update([(37, 2491), (2147483648, 2492), (-19, 2493), (301, 2494), (-12, 2495)])
d[1777] = 2496
d[301] = 2497
print(list(d.items()))
d[2994] = 2498
if 301 in d: del d[301]
d[78] = 2499
d.update({56: 2500, 74: 2501, -6: 2502})
d[56] = 2503
d[2365] = 2504
d[18] = 2505
if -6 in d: del d[-6]
d[28] = 2506
print(list(d.items()))
d.setdefault(75, 2507)
d[16] = 2508
d[75] = 2509
d[-707] = 2510
d.pop(2147483648, None)
d[71] = 2511
d[56] = 2512
d[11] = 2513
d[37] = 2514
print(d.popitem() if d else None)
d[41] = 2515
d[84] = 2516
d[-15] = 2517
d.pop(2147483648, None)
d[82] = 2518
if 11 in d: del d[11]
d[17] = 2519
d[-16] = 2520
d[51] = 2521
if 37 in d: del d[37]
print(list(d.items()))
print(list(d.items()))
if -10 in d: del d[-10]
d[2994] = 2522
d[48] = 2523
d[45] = 2524
print(list(d.items()))
d[41] = 2525
d[2817] = 2526
d.update([(33, 2527), (1074, 2528), (46, 2529)])
if 75 in d: del d[75]
d[88] = 2530
if 61 in d: del d[61]
d[-10] = 2531
d[88] = 2532
d[38] = 2533
d.setdefault(75, 2534)
d[59] = 2535
print(list(d.items()))
