import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_mixed_0')
d = {41: 2536, 57: 2537, 63: 2538}
print(list(d.items()))
d.update([(None, 2539)])
print(list(d.items()))
if None in d: del d[None]
d['size'] = 2540
d.update({(5, 1315, 1): 2541, 1: 2542})
print(d.popitem() if d else None)
if 57 in d: del d[57]
d = d.copy()
print(list(d.items()))
d['ab'] = 2543
print(d.popitem() if d else None)
d['size'] = 2544
if 63 in d: del d[63]
d.setdefault(63, 2545)
d[-1099511627773] = 2546
d[None] = 2547
d['m8'] = 2548
print(list(d.items()))
d[2839] = 2549
d.setdefault(41, 2550)
print(list(d.items()))
print(list(d.items()))
d.update({272: 2551, ('3n', 'truncated'): 2552, 3.5: 2553, '2vBmjx0ac55Y': 2554})
if ((49, 46), 'nni1tmw_c3') in d: del d[((49, 46), 'nni1tmw_c3')]
print(list(d.items()))
print(d.popitem() if d else None)
d['size'] = 2555
d[None] = 2556
print(list(d.items()))
d.clear()
if 'pgm' in d: del d['pgm']
d.update([(97, 2557), (49, 2558)])
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_1')
d = dict()
print(list(d.items()))
d["it's"] = 2559
print(d.popitem() if d else None)
d["it's"] = 2560
d["it's"] = 2561
d['gx'] = 2562
d.update([(61, 2563), ('label', 2564)])
d.pop("it's", None)
d[-4] = 2565
d.pop(97, None)
d |= {True: 2566, '22xsZqte': 2567, 59.5: 2568}
d.update([(((3727, 26), 'documentation_url'), 2569), (-548, 2570), ('6', 2571), ('AfciwhZlug', 2572), (92, 2573)])
d.pop(61, None)
d['assets'] = 2574
d[-548] = 2575
print(d.popitem() if d else None)
d['gx'] = 2576
print(list(d.items()))
d[-548] = 2577
d.clear()
if 'assets' in d: del d['assets']
d.update({'sha1': 2578, 64: 2579, 91: 2580, 88: 2581, 'tree': 2582})
d.pop('path', None)
if 4294967303 in d: del d[4294967303]
d[(1556,)] = 2583
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d[True] = 2584
print(list(d.items()))
d[-10] = 2585
if "it's" in d: del d["it's"]
d[91] = 2586
print(list(d.items()))
if True in d: del d[True]
d = d.copy()
d[1.0] = 2587
d['52BXq'] = 2588
if 'tree' in d: del d['tree']
d['g'] = 2589
d[90] = 2590
d[47] = 2591
if -4 in d: del d[-4]
d[70] = 2592
d[8] = 2593
print(list(d.items()))
d.setdefault(1.0, 2594)
d = d.copy()
d['ch9m'] = 2595
print(list(d.items()))
d[-9] = 2596
d['cdt5Yvv5X4'] = 2597
d['gx'] = 2598
d[15.0] = 2599
print(list(d.items()))
print('# dict_mixed_2')
d = {k: v for k, v in zip(['b', -19.5, 44, 'sha', 47, 'ab', 'created_at', 'ygff', 'tree'], [2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608])}
print(list(d.items()))
print(d.popitem() if d else None)
d['na\xefve'] = 2609
d[47] = 2610
print(list(d.items()))
d[True] = 2611
d[(1074, 'state')] = 2612
d['sha'] = 2613
d['so0qYwA8'] = 2614
d[(61,)] = 2615
d[1] = 2616
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[-18.25] = 2617
d['y'] = 2618
print(list(d.items()))
if (61,) in d: del d[(61,)]
d[-17] = 2619
d[(61,)] = 2620
d[745] = 2621
d |= {14.5: 2622}
if -17 in d: del d[-17]
print(list(d.items()))
if 'ab' in d: del d['ab']
if (68,) in d: del d[(68,)]
d[(59, 'dir')] = 2623
if 'tree' in d: del d['tree']
d['6dc2B'] = 2624
if -19.5 in d: del d[-19.5]
d['sha'] = 2625
if ('retries', 'a') in d: del d[('retries', 'a')]
d['7n4sk3y'] = 2626
d.setdefault('ab', 2627)
d[-12.5] = 2628
d['port'] = 2629
d[(4,)] = 2630
d[True] = 2631
d[('cvbjxAz8Yg3C', 'state')] = 2632
d[75] = 2633
d[b''] = 2634
d[42.0] = 2635
d[(-1073741824, 19, 37)] = 2636
d[1.0] = 2637
d[35] = 2638
d.update({'mbC': 2639, 'file': 2640, -16: 2641, 'ab': 2642, 'timeout': 2643})
d[8.75] = 2644
if 71.25 in d: del d[71.25]
d[('main', 'path')] = 2645
d.update([(89, 2646), ('main', 2647), ('uwk', 2648), (68.0, 2649), (True, 2650)])
d[1877] = 2651
print(list(d.items()))
print('# dict_mixed_3')
d = dict.fromkeys(iter([62, True, 'usAmic', 'files', 42.5, 3868, 1.0, 6]), 0)
print(list(d.items()))
if 'files' in d: del d['files']
d[62] = 2660
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.pop(1.0, None)
d[35] = 2661
d[('c547oe', 'xso4qC1at')] = 2662
if 'files' in d: del d['files']
d[(-4, 66, 19)] = 2663
print(list(d.items()))
print(list(d.items()))
if 11 in d: del d[11]
if -7 in d: del d[-7]
if (-4, 66, 19) in d: del d[(-4, 66, 19)]
print(list(d.items()))
d[(-4, 'BBZw')] = 2664
d.update([(-14.0, 2665), (47, 2666)])
d[15] = 2667
d.setdefault(('timeout', 'id'), 2668)
d['42zogveZ'] = 2669
print(list(d.items()))
d['usAmic'] = 2670
d[16] = 2671
if 'files' in d: del d['files']
d.pop(3868, None)
d[20] = 2672
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[3868] = 2673
d['version'] = 2674
d.update([((95, 72, 1084), 2675), ('ro1rkwmgr', 2676), (('na\xefve', '6ojZdf_8X7'), 2677)])
d = d.copy()
d['tree'] = 2678
d.update([(83, 2679)])
d[3227] = 2680
print(d.popitem() if d else None)
d['ok'] = 2681
print(list(d.items()))
d[False] = 2682
d[False] = 2683
d[16] = 2684
print(list(d.items()))
d[False] = 2685
d[(3309,)] = 2686
d['files'] = 2687
d[False] = 2688
d.update({'4oyhwZe5A4': 2689, 'boot.py': 2690, 87: 2691, 20: 2692, 'ky8ldkc_p': 2693, 'firmware': 2694})
d.setdefault(65536, 2695)
d.update({'ysuj': 2696})
d[14] = 2697
if -1073741825 in d: del d[-1073741825]
d[31.0] = 2698
d.setdefault(62, 2699)
d[-3000000000.0] = 2700
d.update({55: 2701, 1.0: 2702, 'njX5qA5_uh': 2703, 42.5: 2704, 78.25: 2705})
d.update([('04l', 2706), (16, 2707), ('firmware', 2708)])
d[1099511627776] = 2709
print(list(d.items()))
d[812] = 2710
print(list(d.items()))
print('# dict_mixed_4')
d = dict.fromkeys(iter([]), 0)
print(list(d.items()))
print(list(d.items()))
d.update([(70.0, 2711), ('xwu8nd04zwlp', 2712), (4294967303, 2713)])
d[98] = 2714
print(list(d.items()))
d['B6'] = 2715
if 'B6' in d: del d['B6']
d[26] = 2716
d[26] = 2717
d = d.copy()
print(d.popitem() if d else None)
print(list(d.items()))
d['ab'] = 2718
d['files'] = 2719
d[3404] = 2720
d[b'ab'] = 2721
print(list(d.items()))
print(list(d.items()))
d[None] = 2722
d[()] = 2723
if None in d: del d[None]
d[26] = 2724
d['4'] = 2725
d = d | {1: 2726, ((-14, 1772), 'download_url'): 2727}
if b'ab' in d: del d[b'ab']
if 26 in d: del d[26]
print(d.popitem() if d else None)
d[26] = 2728
d[1] = 2729
d = d.copy()
print(list(d.items()))
print(list(d.items()))
d = d | {'version': 2730, 'download_url': 2731}
d.update([(52, 2732), (0.75, 2733)])
d[(87,)] = 2734
if b'version' in d: del d[b'version']
if 1 in d: del d[1]
if 26 in d: del d[26]
print(list(d.items()))
d['c'] = 2735
d[((86, -1180591620717411303429), 'password')] = 2736
if 'ab' in d: del d['ab']
if 26 in d: del d[26]
print(list(d.items()))
d['ab'] = 2737
if 26 in d: del d[26]
d[39] = 2738
d['aiq2747mf30d'] = 2739
d[8.5] = 2740
print(list(d.items()))
d[0] = 2741
d[()] = 2742
d[26] = 2743
print(list(d.items()))
d[65535] = 2744
d[-2.25] = 2745
print(d.popitem() if d else None)
if 3404 in d: del d[3404]
d[14.0] = 2746
d['url'] = 2747
d[1] = 2748
d[44] = 2749
print(list(d.items()))
print('# dict_mixed_5')
d = dict.fromkeys([4294967295, 'main.py', (64,), '7b', 89, ('zujr', '5Ywf0vqZe'), (62, 51, 2524), -2.75, (), 'd3Yxpd8ieeBi'], 0)
print(list(d.items()))
d[False] = 2760
d[True] = 2761
print(list(d.items()))
print(list(d.items()))
d[1.0] = 2762
d[1.0] = 2763
d = d.copy()
d[30.0] = 2764
if 1.0 in d: del d[1.0]
d[32] = 2765
if ((12, 53), 'name') in d: del d[((12, 53), 'name')]
d[-1] = 2766
d['error'] = 2767
print(d.popitem() if d else None)
if 32 in d: del d[32]
d[2433] = 2768
d[256] = 2769
d['9Z5Xe5pA'] = 2770
d[89] = 2771
print(list(d.items()))
d['say "hi"'] = 2772
d[48] = 2773
d[84] = 2774
print(list(d.items()))
d[82] = 2775
if '7b' in d: del d['7b']
if 89 in d: del d[89]
d = d.copy()
d[27] = 2776
d = d.copy()
d['d3Yxpd8ieeBi'] = 2777
print(list(d.items()))
if 'say "hi"' in d: del d['say "hi"']
d[-200] = 2778
d.update({'ab': 2779, 'C': 2780, -13: 2781, 'name': 2782})
d[-1180591620717411303429] = 2783
print(list(d.items()))
d['wt'] = 2784
print(list(d.items()))
d['say "hi"'] = 2785
d[True] = 2786
if True in d: del d[True]
d['hClxsA3oZi'] = 2787
print(d.popitem() if d else None)
d['draft'] = 2788
d[('lib/ota.py', 'node_id')] = 2789
if 'd3Yxpd8ieeBi' in d: del d['d3Yxpd8ieeBi']
d.pop(1, None)
d[(96,)] = 2790
print(list(d.items()))
d.update([('aZowZ', 2791), ((6, 0, 76), 2792)])
d[()] = 2793
d['error'] = 2794
d['d3Yxpd8ieeBi'] = 2795
d[((-13, 43), 'odmY6b8B')] = 2796
d.pop(1.0, None)
d[' '] = 2797
print(list(d.items()))
d[(6, 0, 76)] = 2798
d[77] = 2799
d.update([(((51, 3), 'y'), 2800), ('ab', 2801), (-6, 2802), (0, 2803), (False, 2804)])
d[('error', 'say "hi"')] = 2805
d.update([('0n90eh2B', 2806), ('pkCBCnB', 2807), ('ota', 2808)])
d[(96,)] = 2809
d.update({(-7, 'id'): 2810, 1.0: 2811, (83,): 2812, 'boot.py': 2813, 29.0: 2814, ('An0se_wem9', 'draft'): 2815})
d[(6, 0, 76)] = 2816
d[77] = 2817
d['prerelease'] = 2818
d[(6, 0, 76)] = 2819
print(list(d.items()))
print('# dict_mixed_6')
d = {k: v for k, v in zip([3700, 'host', 'created_at', 61.5, (), 'status', 1.0, (-16, 85, -439), -2], [2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828])}
print(list(d.items()))
d[()] = 2829
d[-65536] = 2830
d |= {1073741824: 2831, 0: 2832, 1.0: 2833, 25: 2834}
d[()] = 2835
print(list(d.items()))
d['retries'] = 2836
print(list(d.items()))
d['firmware'] = 2837
d['host'] = 2838
print(list(d.items()))
d.update({'dphc': 2839, 'i8s2n': 2840, 26: 2841, (): 2842, 43: 2843, 'commit': 2844})
print(d.popitem() if d else None)
d['host'] = 2845
d['ozdogzv3BwA4'] = 2846
if 'host' in d: del d['host']
print(d.popitem() if d else None)
d.setdefault('commit', 2847)
d.update([(-15.75, 2848), (834, 2849), (41, 2850), (-12, 2851)])
d['5Y'] = 2852
d[b'ab'] = 2853
d[b'ab'] = 2854
d[b'ab'] = 2855
d[(0,)] = 2856
d['dphc'] = 2857
d['eb'] = 2858
d[(0,)] = 2859
d[1.0] = 2860
print(list(d.items()))
d[()] = 2861
print(d.popitem() if d else None)
d['_5qpXnb'] = 2862
d['Cbus9z40z'] = 2863
print(list(d.items()))
d[-12] = 2864
d[17.75] = 2865
d[56.75] = 2866
d.clear()
print(list(d.items()))
print('# dict_mixed_7')
d = dict(zip(['na\xefve', 46, 'node_id', 'timeout', 'lhach6YAkf', 'lib', 62], [2867, 2868, 2869, 2870, 2871, 2872, 2873]))
print(list(d.items()))
d[(55, '21f_uy5ubi')] = 2874
print(list(d.items()))
d.pop(17, None)
d['1mriCZBi'] = 2875
print(list(d.items()))
if 14 in d: del d[14]
d[4294967295] = 2876
d[46] = 2877
d = d.copy()
print(list(d.items()))
if 62 in d: del d[62]
d[('AyrvZYkw2a', '5973c6h6_')] = 2878
if 4294967295 in d: del d[4294967295]
if 'node_id' in d: del d['node_id']
d[b''] = 2879
d[85] = 2880
d[75] = 2881
if -15.25 in d: del d[-15.25]
if 46 in d: del d[46]
print(d.popitem() if d else None)
d[62] = 2882
print(d.popitem() if d else None)
d[62] = 2883
d[-697] = 2884
if 4294967295 in d: del d[4294967295]
print(list(d.items()))
print('# dict_mixed_8')
d = dict.fromkeys([(37,), 3, 'ok'], 0)
print(list(d.items()))
d[True] = 2888
if 'ok' in d: del d['ok']
print(list(d.items()))
print(list(d.items()))
d[38] = 2889
print(list(d.items()))
d[(3, 51, 5)] = 2890
d[38] = 2891
d.update([('tag_name', 2892)])
d[9] = 2893
d[0.0] = 2894
d.pop(33.5, None)
d = d.copy()
d[b'version'] = 2895
print(list(d.items()))
d[34] = 2896
if 'id' in d: del d['id']
d[(-4,)] = 2897
d['b'] = 2898
d['label'] = 2899
if (37,) in d: del d[(37,)]
print(list(d.items()))
d[883] = 2900
d[('uCab', 'j8odwfjA0')] = 2901
d.setdefault('YjCic', 2902)
d[(37,)] = 2903
d.pop(b'version', None)
print(list(d.items()))
d[14.0] = 2904
d.update([('ab', 2905), ('assets', 2906)])
d.update({'3wt0j0kh': 2907})
if 'label' in d: del d['label']
if 78.25 in d: del d[78.25]
print(list(d.items()))
d[(-1, -4, 14)] = 2908
d[(37,)] = 2909
d['ota'] = 2910
print(list(d.items()))
d.pop('djnwuchwv', None)
d['3wt0j0kh'] = 2911
d['yZm8q9e'] = 2912
d['error'] = 2913
d['3wt0j0kh'] = 2914
if 32 in d: del d[32]
d = d | {(50, -16, 3125): 2915}
print(d.popitem() if d else None)
d.update({3000000000.0: 2916, 'f5c4ivec7sX': 2917, b'': 2918, b'ab': 2919, 96: 2920, 'truncated': 2921})
d['ab'] = 2922
d = d.copy()
d[31.5] = 2923
d.pop(34, None)
d[38] = 2924
print(list(d.items()))
d.pop('6dX2uh3tfvc4', None)
print(list(d.items()))
d[((41, 86), 'created_at')] = 2925
if 7 in d: del d[7]
d['x6XoA4'] = 2926
print(list(d.items()))
d[-17] = 2927
d.clear()
if True in d: del d[True]
print(list(d.items()))
if 'yZm8q9e' in d: del d['yZm8q9e']
d[(1073741823, 'vt')] = 2928
if 70.75 in d: del d[70.75]
print(list(d.items()))
if '3wt0j0kh' in d: del d['3wt0j0kh']
d['lib/ota.py'] = 2929
if '68' in d: del d['68']
if 2951 in d: del d[2951]
d[7] = 2930
if (37,) in d: del d[(37,)]
print(list(d.items()))
print('# dict_mixed_9')
d = dict()
print(list(d.items()))
d.setdefault(64, 2931)
if 64 in d: del d[64]
if 64 in d: del d[64]
d |= {}
d['assets'] = 2932
d[60] = 2933
if 1.0 in d: del d[1.0]
d.pop('assets', None)
d['published_at'] = 2934
print(list(d.items()))
print(list(d.items()))
d.update([(47, 2935)])
d['error'] = 2936
print(list(d.items()))
d[1.0] = 2937
if 'published_at' in d: del d['published_at']
d[(90, 'VERSION')] = 2938
d[93] = 2939
d.update({('path', 'path'): 2940, -464: 2941, 'doh5jtY': 2942})
d['body'] = 2943
d['published_at'] = 2944
d[65] = 2945
if 'published_at' in d: del d['published_at']
d[47] = 2946
d[73] = 2947
d['kpvmZc_gvt'] = 2948
d[None] = 2949
d[65] = 2950
print(list(d.items()))
d.update([(True, 2951)])
d[2628] = 2952
d[-9.0] = 2953
d[(2147483647, 37, 63)] = 2954
d['wl3nh'] = 2955
if 'kpvmZc_gvt' in d: del d['kpvmZc_gvt']
d['documentation_url'] = 2956
d['documentation_url'] = 2957
if ('path', 'path') in d: del d[('path', 'path')]
d[(50, 'm9nzwmmyYes')] = 2958
d.pop(65, None)
d.update({-3.0: 2959})
d.clear()
d.update([(88, 2960)])
d.update([(((55, -2), 'A7beiv1'), 2961), (578, 2962)])
print(list(d.items()))
d[(65536, 34, 94)] = 2963
d[-11.0] = 2964
d[((46, 39), 'sha256')] = 2965
d[((46, 39), 'sha256')] = 2966
if None in d: del d[None]
print(list(d.items()))
print('# dict_mixed_10')
d = dict.fromkeys([9, 'retries', 'lbladZorw', 22, 53.5, 'timeout', 'nvwA6etY8', 91], 0)
print(list(d.items()))
d.pop(91, None)
if 'nvwA6etY8' in d: del d['nvwA6etY8']
if 'lbladZorw' in d: del d['lbladZorw']
d['timeout'] = 2975
if -959 in d: del d[-959]
d[91] = 2976
d['path'] = 2977
d[(189, 'download_url')] = 2978
d.update([('Xe', 2979), (54.0, 2980)])
d[12] = 2981
print(list(d.items()))
d['Xe'] = 2982
print(d.popitem() if d else None)
d[99] = 2983
d.setdefault('nvwA6etY8', 2984)
d[-7.0] = 2985
d['pm'] = 2986
d.update([('A2un', 2987), ('retries', 2988), ('YXBkv3B8_', 2989), (1.0, 2990), ((51, 15, 4), 2991)])
print(list(d.items()))
d.update([(0, 2992), (24, 2993), (((6, -4), 'encoding'), 2994), (((36, 67), 'x'), 2995)])
print(list(d.items()))
d[38] = 2996
print(list(d.items()))
d['id'] = 2997
if 'retries' in d: del d['retries']
d[None] = 2998
d['YYjhnZmY'] = 2999
d.update({27: 3000, 31.0: 3001, 82: 3002, 'w': 3003, 1.0: 3004})
d[77] = 3005
d[((-1073741825, 7), 'wA')] = 3006
if -7.0 in d: del d[-7.0]
d['id'] = 3007
d.update([((42, 2028, -11), 3008), (53, 3009), ('s6qju7Ze7vn', 3010)])
d[69] = 3011
d[1313] = 3012
d = d.copy()
d.setdefault('pm', 3013)
print(list(d.items()))
print('# dict_mixed_11')
d = {'h': 3014, 1: 3015, 25: 3016, (78, 69, 1266): 3017, 'encoding': 3018, 2156: 3019, 1.0: 3020, 65536: 3021}
print(list(d.items()))
d[28.75] = 3022
d.pop('encoding', None)
d[1] = 3023
print(list(d.items()))
if 17 in d: del d[17]
if 1 in d: del d[1]
print(list(d.items()))
d[65536] = 3024
d[69] = 3025
d[1.0] = 3026
if 1 in d: del d[1]
d.update({(-986, 'sha'): 3027, '\xdf': 3028, 'Zwu3pc00n': 3029})
d[1188] = 3030
print(d.popitem() if d else None)
d = d.copy()
d.update({1: 3031})
if 65536 in d: del d[65536]
d = d.copy()
print(list(d.items()))
print(list(d.items()))
d['name'] = 3032
d[1.0] = 3033
d[((83, 3113), 'url')] = 3034
print(list(d.items()))
d[-10] = 3035
d.update([(False, 3036)])
if -10 in d: del d[-10]
d['ok'] = 3037
d['password'] = 3038
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_12')
d = dict()
print(list(d.items()))
print(list(d.items()))
d[True] = 3039
d[62] = 3040
print(list(d.items()))
d = d.copy()
d[1.0] = 3041
print(list(d.items()))
d[62] = 3042
d[3997] = 3043
if 62 in d: del d[62]
d['cZyz6x'] = 3044
d[b'version'] = 3045
d.pop(3997, None)
if 'encoding' in d: del d['encoding']
d['b'] = 3046
if 1.0 in d: del d[1.0]
d[()] = 3047
d[('d0Btdq', '\U0001f600')] = 3048
d[-6] = 3049
d[b'version'] = 3050
print(list(d.items()))
print('# dict_mixed_13')
d = dict(zip([(91,), (-1073741825, -12, 36), 'draft', 44.25, 'ab'], [3051, 3052, 3053, 3054, 3055]))
print(list(d.items()))
print(list(d.items()))
d = d.copy()
d |= {-324: 3056, -2: 3057, 1: 3058}
d.pop('ab', None)
d[81] = 3059
d.update({45.75: 3060})
d = d.copy()
d[2259] = 3061
d.update({(-16,): 3062, "it's": 3063, '8C': 3064, (): 3065})
print(d.popitem() if d else None)
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d.update({20: 3066, '_3i': 3067, 58: 3068, 65.25: 3069})
d['sBkqpc'] = 3070
d.update([(75, 3071), ('yrx8tnjyqmhj', 3072), ('prerelease', 3073), ('published_at', 3074)])
d[1.0] = 3075
d.pop(58, None)
d.setdefault('ab', 3076)
d.setdefault(3581, 3077)
d.update([(1.0, 3078), ((39,), 3079), ('px4zl2pbCv', 3080)])
d['files'] = 3081
d |= {1327: 3082, 'd9dBnxw86v6': 3083, 64: 3084, 25: 3085}
d['b'] = 3086
if 1.0 in d: del d[1.0]
if 81 in d: del d[81]
d[(54,)] = 3087
d['message'] = 3088
if 'b' in d: del d['b']
d[True] = 3089
print(list(d.items()))
print(list(d.items()))
d[-667] = 3090
d.update([(('y', 'ar4qwYYddX'), 3091)])
d['_3i'] = 3092
d[81] = 3093
d['dir'] = 3094
d[(98,)] = 3095
d['mode'] = 3096
d[()] = 3097
if (98,) in d: del d[(98,)]
d.update([('45_m', 3098)])
d['ll2ln'] = 3099
d.update([('9', 3100), (-1073741824, 3101), (-4, 3102)])
d[((1099511627776, 9), 'id')] = 3103
d['main.py'] = 3104
if 2259 in d: del d[2259]
d.update([(64, 3105), ((96, 36, 65535), 3106), ((), 3107), (None, 3108), (23, 3109)])
d[24.0] = 3110
print(list(d.items()))
d = d.copy()
print(list(d.items()))
if 44.25 in d: del d[44.25]
d.update({'sha256': 3111, None: 3112, 1073741824.5: 3113, 'Version': 3114, 'b': 3115})
print(d.popitem() if d else None)
d.setdefault('files', 3116)
if 'b' in d: del d['b']
print(list(d.items()))
if 'files' in d: del d['files']
d[1] = 3117
d = d.copy()
d.update({(97, '99ykbnCYjgc'): 3118, (40, "it's"): 3119, -6.0: 3120, 248: 3121, 52.5: 3122})
d['file'] = 3123
print(list(d.items()))
d[True] = 3124
d[57] = 3125
d.setdefault((98,), 3126)
d.setdefault('_3i', 3127)
d[None] = 3128
print(list(d.items()))
d[(92, 615, 87)] = 3129
print(list(d.items()))
d['type'] = 3130
d = d.copy()
print(list(d.items()))
if 23 in d: del d[23]
d[20] = 3131
if 'sBkqpc' in d: del d['sBkqpc']
d[1] = 3132
d[b'version'] = 3133
d[68.25] = 3134
print(list(d.items()))
d['encoding'] = 3135
d[3888] = 3136
if 'jdkxv63if' in d: del d['jdkxv63if']
d[3581] = 3137
d[88] = 3138
print(d.popitem() if d else None)
d['ab'] = 3139
print(list(d.items()))
print('# dict_mixed_14')
d = dict(zip(['xo7dxk3xr', 3.0, b'', 1550, 'prerelease'], [3140, 3141, 3142, 3143, 3144]))
print(list(d.items()))
d = d | {84: 3145, 1: 3146, 'y': 3147, 'ab': 3148}
d[-5.75] = 3149
print(list(d.items()))
d[70.0] = 3150
print(list(d.items()))
d[-1099511627773] = 3151
d.clear()
d.pop('khk', None)
d[44.5] = 3152
d['state'] = 3153
if -5.75 in d: del d[-5.75]
d["it's"] = 3154
d['ctz04z4B'] = 3155
d = d | {81: 3156, -11: 3157}
d = d.copy()
d[2147483648] = 3158
d.pop(44.5, None)
print(list(d.items()))
d[1] = 3159
d[b''] = 3160
if 2570 in d: del d[2570]
print(list(d.items()))
d.update([('B9749', 3161), (True, 3162), ('url', 3163), (18446744073709551617, 3164), (31.0, 3165)])
print(list(d.items()))
d[2908] = 3166
d['zvarw51Bn'] = 3167
print(list(d.items()))
print(list(d.items()))
d[86] = 3168
d[b''] = 3169
print(list(d.items()))
print(list(d.items()))
d['blob'] = 3170
d.update({'rz8Yrvontz': 3171})
d = d.copy()
d[-221] = 3172
d[b'version'] = 3173
d[44.5] = 3174
d[73.5] = 3175
d['ota'] = 3176
print(list(d.items()))
d[1] = 3177
d[-221] = 3178
if 'prerelease' in d: del d['prerelease']
d.pop(-6.5, None)
d['path'] = 3179
print(list(d.items()))
print(list(d.items()))
if -221 in d: del d[-221]
d.pop(((40, 43), '4p1Brfoj'), None)
print(list(d.items()))
d.pop('path', None)
d['blob'] = 3180
d[()] = 3181
print(list(d.items()))
d[(79, 2, 35)] = 3182
print(list(d.items()))
d.pop(31.0, None)
d[('body', 'created_at')] = 3183
d[-1099511627773] = 3184
d.update([(46, 3185), ('x', 3186), (((83, 62), 'host'), 3187)])
d[1] = 3188
d.pop('blob', None)
d[7] = 3189
d[49] = 3190
d.update({(2147483648, 37, 66): 3191, 26.25: 3192, -16.0: 3193, 1099511627776: 3194, 'back\\slash': 3195})
d['content'] = 3196
d['f'] = 3197
d[18446744073709551617] = 3198
print(list(d.items()))
d['B9749'] = 3199
print(list(d.items()))
print('# dict_mixed_15')
d = {'dir': 3200, b'': 3201, '\xdf': 3202, 'status': 3203, -11: 3204}
print(list(d.items()))
d[('prerelease', 'tree')] = 3205
d['back\\slash'] = 3206
if 'back\\slash' in d: del d['back\\slash']
d['gY_swmCkpo8p'] = 3207
if 'browser_download_url' in d: del d['browser_download_url']
d[-11] = 3208
d['lib'] = 3209
d.update([(-7.25, 3210)])
d.update([(b'', 3211), (27, 3212), (14.75, 3213), ('sha', 3214), (75, 3215)])
d['sC_4g5zXl85'] = 3216
d[1] = 3217
d['lib'] = 3218
d['files'] = 3219
d[72] = 3220
d['sha1'] = 3221
print(list(d.items()))
if '\xdf' in d: del d['\xdf']
d['l4h21fq'] = 3222
if False in d: del d[False]
d[-17] = 3223
d.clear()
d[(87, 40, 50)] = 3224
d[(90,)] = 3225
if '0iim1' in d: del d['0iim1']
d.update({'message': 3226, 'layYyihji4X': 3227, '7wryyX1': 3228, 'url': 3229, 47: 3230})
d[72] = 3231
d[-12] = 3232
if 18446744073709551617 in d: del d[18446744073709551617]
print(list(d.items()))
d[b'ab'] = 3233
d[((96, -859), '34q')] = 3234
d[(54, 68, -5)] = 3235
d.update([(1, 3236)])
d[1073741824] = 3237
print(list(d.items()))
print(list(d.items()))
d[b''] = 3238
d[None] = 3239
if -11 in d: del d[-11]
d[(96, -6, 13)] = 3240
d[b'version'] = 3241
d['4Yhr'] = 3242
print(list(d.items()))
d[None] = 3243
if (96, -6, 13) in d: del d[(96, -6, 13)]
d[1.0] = 3244
print(list(d.items()))
d[True] = 3245
d.update({'main': 3246, -12: 3247, 's': 3248, 'message': 3249, -10: 3250})
print(d.popitem() if d else None)
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_16')
d = dict.fromkeys(iter([12, 'url', 54, 43, 'ab', 61, 'version', 'created_at']), 0)
print(list(d.items()))
if 12 in d: del d[12]
d[67.5] = 3259
d.pop('v_0Zm', None)
d.update({1099511627776: 3260, 7: 3261, 'd95_vZuCYwiv': 3262, ((2320, -1073741824), '5q'): 3263})
print(list(d.items()))
d = d | {0: 3264, b'ab': 3265}
if 'encoding' in d: del d['encoding']
d.update({b'': 3266, '2dX706ci': 3267})
print(list(d.items()))
d.clear()
d.pop('d95_vZuCYwiv', None)
d[57] = 3268
d = d.copy()
d.update({'error': 3269, 20: 3270, 'b': 3271})
d[65] = 3272
print(list(d.items()))
d[b'ab'] = 3273
print(list(d.items()))
d.update([(19, 3274), (-1, 3275), ((), 3276), (46, 3277), ('aq82', 3278)])
d[34.25] = 3279
d[70.0] = 3280
d = d.copy()
d.clear()
d['rn'] = 3281
d[51.5] = 3282
d[61] = 3283
d = d | {74: 3284, 'url': 3285, 3.0: 3286}
d[36] = 3287
d['node_id'] = 3288
d.pop('d95_vZuCYwiv', None)
print(d.popitem() if d else None)
print(list(d.items()))
d[61] = 3289
d |= {b'ab': 3290, 99: 3291, 91: 3292, 3198: 3293}
d[False] = 3294
d.setdefault(57, 3295)
d.pop('port', None)
print(d.popitem() if d else None)
d.update([(('19hA', 'sss7z'), 3296), (1, 3297)])
d.pop(('19hA', 'sss7z'), None)
d[45] = 3298
print(list(d.items()))
d[30] = 3299
d.pop(15.0, None)
d.update({64.5: 3300})
d['hCnuAy2Crsgd'] = 3301
d['wrX158Xtnw'] = 3302
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_17')
d = dict([])
print(list(d.items()))
if 'body' in d: del d['body']
d['2sufk'] = 3303
d[-16] = 3304
if -16 in d: del d[-16]
d[(3079, 4294967295, 62)] = 3305
d[(3079, 4294967295, 62)] = 3306
print(list(d.items()))
d['2sufk'] = 3307
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d = d.copy()
d['download_url'] = 3308
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[(3079, 4294967295, 62)] = 3309
d[18] = 3310
d.update([(1, 3311), ('retries', 3312), (86, 3313), (15.5, 3314), (23.25, 3315)])
d.pop('commit', None)
d.update({80: 3316, 'main': 3317, -10.5: 3318, False: 3319, 'draft': 3320})
if 'draft' in d: del d['draft']
print(list(d.items()))
d[73] = 3321
if 'c' in d: del d['c']
if 'lib' in d: del d['lib']
d[8] = 3322
d[33] = 3323
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([(((48, 3542), 'html_url'), 3324), (-9, 3325), (13, 3326), ((40, 'size'), 3327), ('rvr_1w', 3328)])
d['blob'] = 3329
d[()] = 3330
d.update([(39, 3331), (639, 3332), ('blob', 3333), ('pzw81eXz8', 3334), ('lib', 3335)])
if '1Be6nj7BC7B' in d: del d['1Be6nj7BC7B']
d.update({-7.5: 3336, (99, 34, 80): 3337, 11.0: 3338})
d = d | {'ZtYgk1': 3339, 97: 3340, -10: 3341}
print(d.popitem() if d else None)
print(list(d.items()))
if () in d: del d[()]
d['i4Xjs'] = 3342
d[(35,)] = 3343
d['7sArmbfg'] = 3344
d.setdefault('rvr_1w', 3345)
if -9 in d: del d[-9]
d[98] = 3346
d[65536] = 3347
d[(-15,)] = 3348
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_18')
d = {53: 3349, 'created_at': 3350, (-8, '1n'): 3351, 1.0: 3352, -38: 3353, 60: 3354, 65: 3355, 'port': 3356, 'status': 3357, ((58, 52), 'xv'): 3358}
print(list(d.items()))
if 'tab\there' in d: del d['tab\there']
d.setdefault(99, 3359)
d[60] = 3360
d['v'] = 3361
print(list(d.items()))
d[-220] = 3362
print(list(d.items()))
if -220 in d: del d[-220]
d[66] = 3363
d.setdefault('status', 3364)
d[93] = 3365
d[1] = 3366
if 60 in d: del d[60]
print(list(d.items()))
d[(12, 1814, 2969)] = 3367
d.setdefault(99, 3368)
d['Axsxq5f'] = 3369
if ((58, 52), 'xv') in d: del d[((58, 52), 'xv')]
d['Axsxq5f'] = 3370
print(d.popitem() if d else None)
print(list(d.items()))
d.clear()
d['version'] = 3371
if 'status' in d: del d['status']
d['b48kZwsmcY3'] = 3372
d[22] = 3373
d.pop(23, None)
d.pop(78, None)
print(list(d.items()))
d |= {34.25: 3374, 'c': 3375, 20.25: 3376}
d.pop(-16.0, None)
d[93] = 3377
d.update([(52.5, 3378), ('encoding', 3379), (('caf\xe9', '1v6vr6aYk'), 3380)])
d[11.5] = 3381
print(d.popitem() if d else None)
d.update({'173kqp': 3382, 57: 3383})
print(d.popitem() if d else None)
d[((86, 50), 'host')] = 3384
if -15 in d: del d[-15]
d[1073741824.5] = 3385
print(list(d.items()))
print('# dict_mixed_19')
d = dict([(118, 3386), ('sha256', 3387), (34, 3388), (11, 3389), ('browser_download_url', 3390), (46, 3391), (-1, 3392), (25, 3393), ('version', 3394)])
print(list(d.items()))
d[(22, 'ref')] = 3395
d[''] = 3396
print(list(d.items()))
d[45] = 3397
d['rh3gAa'] = 3398
print(list(d.items()))
d.update([('created_at', 3399)])
print(list(d.items()))
d |= {'lib/ota.py': 3400, 19: 3401}
print(list(d.items()))
if 54 in d: del d[54]
d[('draft', 'truncated')] = 3402
if 46 in d: del d[46]
d.update({'name': 3403, 7.0: 3404, (2147483648,): 3405})
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([('draft', 3406), ('nqp8da95', 3407), ('XcqAAq_w2_45', 3408), (39, 3409), (26, 3410)])
d[11] = 3411
d[7.0] = 3412
if (22, 'ref') in d: del d[(22, 'ref')]
d.pop(118, None)
print(list(d.items()))
if 'XcqAAq_w2_45' in d: del d['XcqAAq_w2_45']
d.pop((22, 'ref'), None)
d[b''] = 3413
if (22, 'ref') in d: del d[(22, 'ref')]
print(list(d.items()))
print('# dict_mixed_20')
d = dict.fromkeys([-4, 'error', '9rBxu0ajyg', ('\u20acuro', '0a'), 89, 3512, 31, 'y', 18446744073709551617, 'browser_download_url'], 0)
print(list(d.items()))
print(list(d.items()))
d.clear()
d.update({31: 3424})
print(d.popitem() if d else None)
d[-716] = 3425
if 89 in d: del d[89]
if ('\u20acuro', '0a') in d: del d[('\u20acuro', '0a')]
d['ok'] = 3426
print(list(d.items()))
d['tag_name'] = 3427
d['sha256'] = 3428
if -4 in d: del d[-4]
d['dir'] = 3429
d[27] = 3430
d[None] = 3431
print(list(d.items()))
if 50 in d: del d[50]
d[40] = 3432
d[1368] = 3433
if -4 in d: del d[-4]
d['r66'] = 3434
d[89] = 3435
d[-8.25] = 3436
d.update([(37.25, 3437)])
d.setdefault('9rBxu0ajyg', 3438)
d.update({b'': 3439, 64: 3440, (16, '1qjeB'): 3441})
d['r66'] = 3442
d[((39, 4), '327suhu')] = 3443
d[64] = 3444
if 'dir' in d: del d['dir']
d[1] = 3445
if -8.25 in d: del d[-8.25]
print(list(d.items()))
d['k5dc5Z'] = 3446
if 'uYod8' in d: del d['uYod8']
d[(-14, 'f')] = 3447
d[()] = 3448
d[b'version'] = 3449
print(list(d.items()))
if 'Bji2zcu' in d: del d['Bji2zcu']
d[31] = 3450
d['x'] = 3451
d[('assets', 'lXjy9Xl9')] = 3452
d['oz'] = 3453
d[86] = 3454
print(list(d.items()))
d.update({'je6b6bb45': 3455})
d[68] = 3456
d[-1180591620717411303429] = 3457
print(list(d.items()))
d['ZYotymd_xz'] = 3458
d['message'] = 3459
d.setdefault(89, 3460)
d['v1.2.3'] = 3461
d[-5] = 3462
d['je6b6bb45'] = 3463
d[32] = 3464
d.update([(26, 3465), (21, 3466)])
print(list(d.items()))
if 'download_url' in d: del d['download_url']
d[False] = 3467
d.update({False: 3468})
d[((48, 1884), 'iy38')] = 3469
d.update([(99, 3470), ('new\nline', 3471), (('j', 'ssid'), 3472)])
d[34] = 3473
d['ab'] = 3474
d[55] = 3475
d['Yw3k48ybq'] = 3476
d.pop(False, None)
d[True] = 3477
if 'host' in d: del d['host']
print(list(d.items()))
d[26] = 3478
d[2147483648] = 3479
if b'' in d: del d[b'']
d.pop(b'version', None)
d[((48, 1884), 'iy38')] = 3480
d[-3000000000.0] = 3481
d['xr2'] = 3482
print(d.popitem() if d else None)
d.update([(('\xe9', 'status'), 3483), (14.0, 3484)])
if None in d: del d[None]
print(list(d.items()))
print('# dict_mixed_21')
d = dict.fromkeys(['gchX_t44oX', 'a', b'', 'new\nline', 'prerelease', 'nC2skwdCA8xp', 27.25, 18, 37], 0)
print(list(d.items()))
if b'' in d: del d[b'']
d[65536] = 3494
d['latest'] = 3495
if ((13, 16), 'Zx4hryt') in d: del d[((13, 16), 'Zx4hryt')]
if 'qn9yZYXeu77n' in d: del d['qn9yZYXeu77n']
d[37] = 3496
d['tab\there'] = 3497
d[37] = 3498
d[38.0] = 3499
d.pop('new\nline', None)
d['062w95xA'] = 3500
d = d | {11: 3501, 'lr': 3502, 'file': 3503, 'B6': 3504}
d[(99, 5, 62)] = 3505
d[58.25] = 3506
print(list(d.items()))
d[63] = 3507
print(d.popitem() if d else None)
d[18] = 3508
d[63.25] = 3509
d[55.25] = 3510
print(list(d.items()))
d.pop('nC2skwdCA8xp', None)
d['latest'] = 3511
if 37 in d: del d[37]
d.pop('CcABYBB', None)
d[None] = 3512
d['id'] = 3513
if 'latest' in d: del d['latest']
d['X'] = 3514
print(list(d.items()))
if 18 in d: del d[18]
print(d.popitem() if d else None)
print(d.popitem() if d else None)
if 38.0 in d: del d[38.0]
d.update({19: 3515, 35: 3516, 7: 3517, -13: 3518})
d.clear()
d.setdefault(1.0, 3519)
d[67.5] = 3520
d.update([(41.5, 3521), ('sha1', 3522), (2246, 3523), (44, 3524)])
d[56] = 3525
print(list(d.items()))
print('# dict_mixed_22')
d = dict.fromkeys(['hA0l0poe30wk', 'browser_download_url', (73, 6, 1099511627776), (28,), 'ssid', (79, 28, 324), (-16, -20, 55), 55, -2, 'retries', (1099511627776, 'a36l5tvli9dX')], 0)
print(list(d.items()))
d.setdefault('hA0l0poe30wk', 3537)
if (1099511627776, 'a36l5tvli9dX') in d: del d[(1099511627776, 'a36l5tvli9dX')]
d[(79, 28, 324)] = 3538
print(list(d.items()))
d.update([('assets', 3539), (-14, 3540), (None, 3541)])
d[((2807, 2), 'iio14eoZi9')] = 3542
if (73, 6, 1099511627776) in d: del d[(73, 6, 1099511627776)]
d[1.75] = 3543
if 24 in d: del d[24]
d[(-18,)] = 3544
d = d.copy()
d = d.copy()
d['type'] = 3545
print(d.popitem() if d else None)
d[19.75] = 3546
d[-427] = 3547
d[61] = 3548
print(d.popitem() if d else None)
if 'ZZkXirjBjdtA' in d: del d['ZZkXirjBjdtA']
d[(79, 28, 324)] = 3549
d[('published_at', 'main')] = 3550
d.pop('draft', None)
d[(75,)] = 3551
print(list(d.items()))
print(list(d.items()))
d[()] = 3552
if (73, 6, 1099511627776) in d: del d[(73, 6, 1099511627776)]
d |= {'jzZByx': 3553, None: 3554}
d['xA'] = 3555
d['xA'] = 3556
d[13.25] = 3557
if 1.75 in d: del d[1.75]
if 'browser_download_url' in d: del d['browser_download_url']
print(list(d.items()))
d['host'] = 3558
d['retries'] = 3559
if 88 in d: del d[88]
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_mixed_23')
d = {'commit': 3560, 19.25: 3561, 'b': 3562, '\xdf': 3563, -12: 3564, ((-1, 62), 'XBntkx'): 3565, 87: 3566, 'state': 3567, -11.75: 3568}
print(list(d.items()))
d[79] = 3569
print(list(d.items()))
print(list(d.items()))
d[19.25] = 3570
if 'state' in d: del d['state']
d["it's"] = 3571
d.update({'pqgg0my86uzh': 3572})
d['8Y'] = 3573
print(list(d.items()))
d[35.5] = 3574
d[b'ab'] = 3575
d['state'] = 3576
d = d | {}
d[87] = 3577
d['\xdf'] = 3578
d['\xdf'] = 3579
d[1099511627776] = 3580
print(d.popitem() if d else None)
d['truncated'] = 3581
d['\xdf'] = 3582
print(list(d.items()))
print(d.popitem() if d else None)
d.pop('8Y', None)
d[-11.75] = 3583
print(list(d.items()))
d[19.25] = 3584
if 'type' in d: del d['type']
d = d.copy()
d[-6] = 3585
d[69.0] = 3586
if 69.0 in d: del d[69.0]
if 'pqgg0my86uzh' in d: del d['pqgg0my86uzh']
d[40.0] = 3587
d['state'] = 3588
print(list(d.items()))
d[19] = 3589
d.setdefault(-11.75, 3590)
d[27.75] = 3591
d[87] = 3592
d['8Y'] = 3593
d.update([('nA', 3594), (b'ab', 3595), (-18.75, 3596), (-10, 3597)])
d[1925] = 3598
if 19 in d: del d[19]
d['\u20acuro'] = 3599
d.setdefault(27.75, 3600)
d[72.75] = 3601
d.setdefault(19.25, 3602)
d[77] = 3603
d['Ze_y7'] = 3604
print(list(d.items()))
print(list(d.items()))
d.setdefault('truncated', 3605)
d.update([(83, 3606), (6, 3607)])
d[1] = 3608
d[29] = 3609
print(list(d.items()))
d[-17] = 3610
d[-2] = 3611
if () in d: del d[()]
d[42] = 3612
d.clear()
d.update({-3: 3613, 2.25: 3614, 'sha': 3615, 90: 3616, -4: 3617, 40.75: 3618})
if 'commit' in d: del d['commit']
if 'Ze_y7' in d: del d['Ze_y7']
d.update({'retries': 3619, 70: 3620, 'kjhgmzppnjqw': 3621, '4x9y7uxqn': 3622})
d['ab'] = 3623
d[2393] = 3624
print(list(d.items()))
print('# dict_mixed_24')
d = {2416: 3625, 4294967295: 3626, 58.5: 3627, 'o4lbp': 3628, -17: 3629, 'browser_download_url': 3630, (2, 33, 20): 3631, b'version': 3632, 66.75: 3633}
print(list(d.items()))
d[1987] = 3634
d['2mpgB5_oCyp9'] = 3635
d['9geoY5upg'] = 3636
print(list(d.items()))
d['file'] = 3637
if 1.0 in d: del d[1.0]
if 2416 in d: del d[2416]
print(list(d.items()))
d[4294967295] = 3638
print(list(d.items()))
if 4294967295 in d: del d[4294967295]
d[1.0] = 3639
d[False] = 3640
if 'body' in d: del d['body']
d['c'] = 3641
d.pop('9geoY5upg', None)
d[1] = 3642
if 'browser_download_url' in d: del d['browser_download_url']
print(list(d.items()))
d[28.75] = 3643
d[44.0] = 3644
d['ab'] = 3645
d = d.copy()
d.update([(-1073741824, 3646), ('content', 3647)])
d['status'] = 3648
print(list(d.items()))
d[None] = 3649
if 1987 in d: del d[1987]
d.update([('port', 3650), (67, 3651), (('password', '4'), 3652), (b'version', 3653), ((98, 'ok'), 3654)])
if 63.5 in d: del d[63.5]
print(list(d.items()))
d.update({'szmi1xBxzwwl': 3655, 96: 3656})
d[67] = 3657
d[4294967295] = 3658
d[-17] = 3659
d[b''] = 3660
d[('password', '4')] = 3661
if None in d: del d[None]
d[56.0] = 3662
d[2286] = 3663
d[17.5] = 3664
print(list(d.items()))
print(d.popitem() if d else None)
d['main'] = 3665
d.update([((-11,), 3666)])
if 2286 in d: del d[2286]
print(list(d.items()))
d[17.5] = 3667
d['file'] = 3668
d[('created_at', 'download_url')] = 3669
d.update([('status', 3670), (46, 3671), (-757, 3672), (True, 3673)])
d.clear()
print(list(d.items()))
d['truncated'] = 3674
if 'q' in d: del d['q']
if 2416 in d: del d[2416]
print(list(d.items()))
d.pop(2416, None)
d['9Xndzsfnlk'] = 3675
d[44.0] = 3676
if 'ab' in d: del d['ab']
d[None] = 3677
d[(2796,)] = 3678
if 'status' in d: del d['status']
if 'status' in d: del d['status']
d[1175] = 3679
d.setdefault((1, 53, 74), 3680)
d[(-11,)] = 3681
d[2649] = 3682
if 2416 in d: del d[2416]
d[(2174, '_YtwAtBaBr6')] = 3683
if (2796,) in d: del d[(2796,)]
d[51] = 3684
d.pop('file', None)
if 'file' in d: del d['file']
print(list(d.items()))
d['lib'] = 3685
d.update({'lib/ota.py': 3686, 49: 3687})
d['ab'] = 3688
print(list(d.items()))
d[74] = 3689
d[b''] = 3690
print(list(d.items()))
print('# dict_tuple_0')
d = {}
print(list(d.items()))
if (97,) in d: del d[(97,)]
if (12,) in d: del d[(12,)]
print(list(d.items()))
d[(-15, 13, -20)] = 3691
d[(-15, 13, -20)] = 3692
d[(38, 'draft')] = 3693
d[('9u2Aj0d', '_wti')] = 3694
d.setdefault((-15, 13, -20), 3695)
d.setdefault(('9u2Aj0d', '_wti'), 3696)
d[(1645, -18, 468)] = 3697
d[(568,)] = 3698
d[(7,)] = 3699
if ((-65536, 1460), 'BCrz') in d: del d[((-65536, 1460), 'BCrz')]
print(list(d.items()))
d[(38, 4294967303, 13)] = 3700
d = d.copy()
print(list(d.items()))
d[('b', 'version')] = 3701
d[()] = 3702
d[(85,)] = 3703
d[(18446744073709551617,)] = 3704
if () in d: del d[()]
if (1645, -18, 468) in d: del d[(1645, -18, 468)]
print(list(d.items()))
print('# dict_float_0')
d = dict(zip([13.5, 74.0, 29.0], [3705, 3706, 3707]))
print(list(d.items()))
d[73.0] = 3708
d = d.copy()
d.update({-15.0: 3709, -10.5: 3710, 13.5: 3711, 2.0: 3712})
d[13.0] = 3713
d |= {24.0: 3714, 0.0: 3715, 67.25: 3716}
print(list(d.items()))
d[-15.75] = 3717
print(list(d.items()))
d[-0.25] = 3718
d[3.75] = 3719
d[73.0] = 3720
print(list(d.items()))
d[74.5] = 3721
d.pop(13.0, None)
d[16.25] = 3722
d[9.25] = 3723
d[3.75] = 3724
print(list(d.items()))
d[73.5] = 3725
d.update([(0.0, 3726), (75.5, 3727), (6.25, 3728), (72.75, 3729)])
d[4.5] = 3730
print(list(d.items()))
d[69.25] = 3731
d[73.0] = 3732
d.pop(74.0, None)
d[-3000000000.0] = 3733
d[25.0] = 3734
d[24.0] = 3735
d[4.5] = 3736
if 39.5 in d: del d[39.5]
print(list(d.items()))
d.setdefault(75.5, 3737)
d[-0.75] = 3738
if 2.0 in d: del d[2.0]
d[-8.0] = 3739
d[-19.25] = 3740
d[9.5] = 3741
d[44.0] = 3742
if 3.75 in d: del d[3.75]
d[3.5] = 3743
print(list(d.items()))
d[75.5] = 3744
print(list(d.items()))
d[55.5] = 3745
print(list(d.items()))
if 29.0 in d: del d[29.0]
d.pop(73.5, None)
d[64.0] = 3746
d[-15.25] = 3747
d.clear()
d[-8.75] = 3748
if -10.5 in d: del d[-10.5]
print(list(d.items()))
if -8.75 in d: del d[-8.75]
d = d | {-15.75: 3749, 3.25: 3750, 49.5: 3751}
d.update([(-9.5, 3752), (37.0, 3753), (60.75, 3754), (76.75, 3755)])
d[13.5] = 3756
print(list(d.items()))
print('# dict_tuple_1')
d = {(-8, 71, 66): 3757, (4294967303, 'sha'): 3758, (32, 65, -216): 3759, (13,): 3760, (50, 'version'): 3761, (49,): 3762, ('password', 'timeout'): 3763, (): 3764, (): 3765, (4,): 3766, (): 3767}
print(list(d.items()))
d[(27, -739, -6)] = 3768
print(list(d.items()))
d.pop((49,), None)
d[('password', 'timeout')] = 3769
print(list(d.items()))
d[()] = 3770
d[(50, 'version')] = 3771
d[(4294967303, 'sha')] = 3772
d[('size', 'download_url')] = 3773
print(list(d.items()))
d[(12, 5, -16)] = 3774
print(list(d.items()))
d[()] = 3775
print(d.popitem() if d else None)
if (32, 65, -216) in d: del d[(32, 65, -216)]
if (-8, 71, 66) in d: del d[(-8, 71, 66)]
d.clear()
d[('sha1', '5cyui')] = 3776
d[(14, 'Xq0AgX3')] = 3777
d[()] = 3778
d[('sha1', '5cyui')] = 3779
d[()] = 3780
d[()] = 3781
d[(60,)] = 3782
d.update([((), 3783), ((3, 2240, 71), 3784), (((71, 67), 'sha'), 3785)])
d[((-1, 42), 'retries')] = 3786
print(list(d.items()))
d[(46,)] = 3787
if (46,) in d: del d[(46,)]
print(list(d.items()))
if () in d: del d[()]
if ('sha256', 'sha256') in d: del d[('sha256', 'sha256')]
d[(59, -20, 2819)] = 3788
d[(74,)] = 3789
if (3, 67, 17) in d: del d[(3, 67, 17)]
if () in d: del d[()]
if ('sha1', '5cyui') in d: del d[('sha1', '5cyui')]
d.setdefault((), 3790)
if (12, 5, -16) in d: del d[(12, 5, -16)]
d[()] = 3791
if (4294967303, 'sha') in d: del d[(4294967303, 'sha')]
if (-1, 'z') in d: del d[(-1, 'z')]
d[(7, 'encoding')] = 3792
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
d[(60,)] = 3793
d[('sha1', '5cyui')] = 3794
d[('sha1', '5cyui')] = 3795
d[((5, 18446744073709551617), 'y')] = 3796
d[('4', 'iXfnr45yzo_')] = 3797
print(list(d.items()))
print('# dict_float_1')
d = dict.fromkeys(iter([38.25, 75.25, 2.75, 78.25, 5.0, -4.25, 3000000000.0, 4.75, 62.75, 19.25, 41.25]), 0)
print(list(d.items()))
d.pop(-4.25, None)
d.setdefault(62.75, 3809)
print(d.popitem() if d else None)
d[78.25] = 3810
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[-19.5] = 3811
d[5.0] = 3812
if 41.25 in d: del d[41.25]
if 63.75 in d: del d[63.75]
d[-4.25] = 3813
print(list(d.items()))
if 78.25 in d: del d[78.25]
d |= {31.75: 3814, 8.25: 3815, 1073741824.5: 3816, 15.75: 3817}
d[52.0] = 3818
d.update({49.75: 3819, 54.75: 3820, 1073741824.5: 3821, 3000000000.0: 3822, 44.5: 3823})
d[77.25] = 3824
d[62.75] = 3825
d.pop(30.25, None)
d.clear()
d[4.75] = 3826
d.pop(3000000000.0, None)
d[52.25] = 3827
d |= {29.75: 3828, 0.0: 3829, 69.75: 3830}
print(list(d.items()))
d[52.0] = 3831
print(list(d.items()))
d[75.25] = 3832
print(list(d.items()))
d = d | {47.25: 3833}
d.pop(47.25, None)
d[9.0] = 3834
print(list(d.items()))
d = d.copy()
if -4.25 in d: del d[-4.25]
if 2.75 in d: del d[2.75]
d[52.25] = 3835
d[31.0] = 3836
if 24.75 in d: del d[24.75]
d.update({20.0: 3837, 22.5: 3838, 5.25: 3839, 1.0: 3840, 14.5: 3841})
d[-1.0] = 3842
print(list(d.items()))
print('# dict_tuple_2')
d = dict(zip([(), (-17, 'published_at')], [3843, 3844]))
print(list(d.items()))
d.clear()
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([(('created_at', '2ded'), 3845), ((3976,), 3846), (((65, 2215), 'label'), 3847)])
if (3976,) in d: del d[(3976,)]
d[('4cg6e3sfbk7n', 'latest')] = 3848
d[(34, 948, -65536)] = 3849
d[('created_at', '2ded')] = 3850
d[('file', 'b')] = 3851
d[(11,)] = 3852
d = d.copy()
d[((21, 9), 'dir')] = 3853
d[('tag_name', 'thtd')] = 3854
d[(75, 'files')] = 3855
d.update([((), 3856)])
d[(18446744073709551617,)] = 3857
d[(24,)] = 3858
print(d.popitem() if d else None)
d.pop((), None)
d[((1073741824, -10), 'Z7oyxC8a069A')] = 3859
d[('_ea', 'q')] = 3860
d[((69, 8), 'Yjt0jh03f')] = 3861
d[(-7, 72, 57)] = 3862
d[((7, -116), 'juwi9sovcc')] = 3863
d[()] = 3864
d[('mfymqkx0uZZ8', 'back\\slash')] = 3865
d[()] = 3866
print(d.popitem() if d else None)
d[(-4, 'ota')] = 3867
print(list(d.items()))
d.update([((22, 'error'), 3868), (('status', 'message'), 3869), ((5,), 3870), ((95,), 3871)])
print(list(d.items()))
d.update({(66,): 3872, ('b', 'dir'): 3873, (-1,): 3874, ((88, 90), 'content'): 3875, (88,): 3876})
d[(-1,)] = 3877
print(list(d.items()))
print('# dict_float_2')
d = dict()
print(list(d.items()))
print(list(d.items()))
d.update([(7.75, 3878), (76.0, 3879), (-3.5, 3880)])
print(list(d.items()))
d[54.75] = 3881
d[0.0] = 3882
print(list(d.items()))
print(d.popitem() if d else None)
d.clear()
print(list(d.items()))
print(list(d.items()))
d.setdefault(54.75, 3883)
d[25.75] = 3884
d.update([(12.25, 3885), (-4.25, 3886)])
d[43.25] = 3887
d.setdefault(-4.25, 3888)
print(d.popitem() if d else None)
d.setdefault(78.5, 3889)
if 65.0 in d: del d[65.0]
d.setdefault(-4.25, 3890)
print(list(d.items()))
d.setdefault(-4.25, 3891)
if 54.75 in d: del d[54.75]
d[17.25] = 3892
d[-19.25] = 3893
d[21.25] = 3894
print(list(d.items()))
d[15.75] = 3895
d[54.75] = 3896
d[-15.5] = 3897
d[-4.75] = 3898
if -4.25 in d: del d[-4.25]
d[79.5] = 3899
d[58.0] = 3900
print(list(d.items()))
d = d | {-5.5: 3901, 4.25: 3902, 70.25: 3903}
d[57.0] = 3904
d.setdefault(-4.25, 3905)
d[75.75] = 3906
d[-10.25] = 3907
d[8.75] = 3908
d[78.75] = 3909
d[50.0] = 3910
d[79.5] = 3911
print(list(d.items()))
d[17.25] = 3912
print(list(d.items()))
d[58.0] = 3913
d[25.0] = 3914
d[75.5] = 3915
if 25.75 in d: del d[25.75]
print(list(d.items()))
print('# dict_tuple_3')
d = dict(zip([(-1,), (), (88, -8, 1628), (99, '23CBrrj')], [3916, 3917, 3918, 3919]))
print(list(d.items()))
d[('lib/ota.py', 'say "hi"')] = 3920
print(list(d.items()))
d[('state', 'cdf0rhqu')] = 3921
print(d.popitem() if d else None)
d.clear()
print(list(d.items()))
d[((2550, 80), 'tA4A')] = 3922
d[(-1,)] = 3923
if (99, '23CBrrj') in d: del d[(99, '23CBrrj')]
print(list(d.items()))
d.update({('qBZld5zdYA_', '46g1oYk'): 3924, (59, 'tab\there'): 3925, (14, 0, 20): 3926, ((-1, 78), '53i7_Y'): 3927})
d[('content', 'timeout')] = 3928
d[((20, 2), 'f67Zjg5aC7C')] = 3929
d.setdefault(('state', 'cdf0rhqu'), 3930)
if (99, '23CBrrj') in d: del d[(99, '23CBrrj')]
d.update([((), 3931), (('commit', 'b'), 3932)])
d[(2854, 'fjcYj_rrBni')] = 3933
print(list(d.items()))
if ((90, 20), '87b1ks_4xA') in d: del d[((90, 20), '87b1ks_4xA')]
print(d.popitem() if d else None)
d.update({('p5mZzbvq', 'ota'): 3934, (80,): 3935, ((-13, 82), '64h64w3r'): 3936, ('_9b', ' '): 3937, (97, 99, -1099511627773): 3938, ('message', '6i5zb85'): 3939})
print(list(d.items()))
d.setdefault((), 3940)
d[()] = 3941
if () in d: del d[()]
print(list(d.items()))
if (14, 0, 20) in d: del d[(14, 0, 20)]
d[(45,)] = 3942
if () in d: del d[()]
d[()] = 3943
d[(2147483648, -13, 99)] = 3944
d[(2861, 'k_ez')] = 3945
d[('kn', 'm')] = 3946
d.update({(996, 'content'): 3947, (92,): 3948, ('id', 'label'): 3949})
d[(19,)] = 3950
print(list(d.items()))
print('# dict_float_3')
d = {}
print(list(d.items()))
if 29.25 in d: del d[29.25]
d[38.5] = 3951
d[67.25] = 3952
if 38.5 in d: del d[38.5]
print(list(d.items()))
if 19.75 in d: del d[19.75]
print(list(d.items()))
if 67.25 in d: del d[67.25]
d[61.0] = 3953
d[72.75] = 3954
d[-4.25] = 3955
d.pop(38.5, None)
print(list(d.items()))
print(list(d.items()))
d[76.5] = 3956
d[-6.5] = 3957
d[59.75] = 3958
if 67.25 in d: del d[67.25]
d |= {47.25: 3959, 45.25: 3960}
d[78.0] = 3961
d = d | {26.5: 3962, 48.0: 3963, 19.25: 3964, 24.5: 3965}
d.setdefault(38.5, 3966)
print(list(d.items()))
if 78.0 in d: del d[78.0]
d[-3000000000.0] = 3967
d.pop(38.5, None)
d.setdefault(46.25, 3968)
d[-19.5] = 3969
d[2.0] = 3970
print(list(d.items()))
print(list(d.items()))
print('# dict_tuple_4')
d = dict([(('url', 'ssid'), 3971), ((52,), 3972), (((44, 48), '6mm'), 3973), ((-7, 1422, 1627), 3974), ((85, 'back\\slash'), 3975), ((96, 9, -703), 3976), ((65536,), 3977), ((-2, 'X6ebvr46Y'), 3978)])
print(list(d.items()))
print(list(d.items()))
d[(77, 66, 8)] = 3979
d.pop((85, 'back\\slash'), None)
if (52,) in d: del d[(52,)]
d[(46,)] = 3980
d[(3498,)] = 3981
d[(77, 66, 8)] = 3982
d[()] = 3983
if (2587, 'assets') in d: del d[(2587, 'assets')]
print(list(d.items()))
d[(-7, 1422, 1627)] = 3984
d[(-2, 'download_url')] = 3985
d.setdefault((77, 66, 8), 3986)
if ((44, 48), '6mm') in d: del d[((44, 48), '6mm')]
d[((-10, 84), 'q')] = 3987
d[('fnn52BoZb2CC', 's5_uAvzod0g')] = 3988
d[(-840, 82, 40)] = 3989
d = d.copy()
d[('caf\xe9', 'c')] = 3990
print(list(d.items()))
d[(-15, 32, -6)] = 3991
d.update({(-7,): 3992, (78, 15, 8): 3993, (1886, 'z3Xm'): 3994, (23,): 3995})
print(list(d.items()))
d[(30, 'yu35rgdj1dp')] = 3996
if ('body', 'gez') in d: del d[('body', 'gez')]
d[(-7, 1422, 1627)] = 3997
d.pop(('fnn52BoZb2CC', 's5_uAvzod0g'), None)
d[()] = 3998
d[(-1, 'x')] = 3999
d[(3266,)] = 4000
d[(63,)] = 4001
d[(28,)] = 4002
print(list(d.items()))
d[(84, -15, 35)] = 4003
d[('commit', 'YuyrZdmfAXeo')] = 4004
print(list(d.items()))
d[()] = 4005
if () in d: del d[()]
d[('a', 'created_at')] = 4006
print(list(d.items()))
print('# dict_float_4')
d = {-3.75: 4007, 68.75: 4008, 0.0: 4009, -4.75: 4010, 0.25: 4011, 39.0: 4012, 71.5: 4013, 39.0: 4014, 68.5: 4015, 45.5: 4016, 78.5: 4017}
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update([(1073741824.5, 4018), (69.25, 4019), (3000000000.0, 4020), (3000000000.0, 4021), (64.75, 4022)])
d.update({59.25: 4023, 34.25: 4024, -17.5: 4025, 0.5: 4026, 78.0: 4027})
d[78.5] = 4028
d[26.0] = 4029
d[-16.75] = 4030
d[3000000000.0] = 4031
d |= {49.5: 4032, -3000000000.0: 4033, -18.0: 4034, -7.5: 4035}
d[66.25] = 4036
d[-8.25] = 4037
print(list(d.items()))
d.update([(35.0, 4038), (-7.75, 4039)])
d[-4.75] = 4040
d[67.25] = 4041
d[23.25] = 4042
d = d.copy()
d[-3000000000.0] = 4043
d[-9.25] = 4044
d[-15.0] = 4045
d[53.75] = 4046
d[-3000000000.0] = 4047
if 3000000000.0 in d: del d[3000000000.0]
d[34.25] = 4048
print(list(d.items()))
d[3000000000.0] = 4049
print(list(d.items()))
print('# dict_tuple_5')
d = dict()
print(list(d.items()))
d.pop(('Y', 'published_at'), None)
print(list(d.items()))
if ((93, 824), '4d4hvpmb') in d: del d[((93, 824), '4d4hvpmb')]
d.setdefault((), 4050)
d[()] = 4051
print(d.popitem() if d else None)
print(list(d.items()))
d[('caf\xe9', '\u20acuro')] = 4052
print(list(d.items()))
d[(38,)] = 4053
d[(-1073741825, -20, 82)] = 4054
print(list(d.items()))
d[()] = 4055
print(list(d.items()))
d[()] = 4056
d[(46, 'version')] = 4057
d[(73, 'message')] = 4058
d.setdefault(('0t9ZfyY6', 'commit'), 4059)
d[(46, 'version')] = 4060
d = d.copy()
d[('ok', 'created_at')] = 4061
d[('kjye4xaj_', 'html_url')] = 4062
d[()] = 4063
d[()] = 4064
d[('ms', '5yg1g5XxCAs')] = 4065
d[()] = 4066
d.clear()
print(list(d.items()))
print('# dict_float_5')
d = {65.75: 4067, 48.25: 4068, 76.25: 4069, 3000000000.0: 4070, 38.75: 4071, 56.5: 4072, -9.0: 4073, 63.25: 4074, 71.5: 4075, 27.0: 4076, -11.75: 4077, 40.5: 4078}
print(list(d.items()))
if 65.75 in d: del d[65.75]
d.setdefault(25.75, 4079)
print(d.popitem() if d else None)
d[-3.75] = 4080
d[-11.75] = 4081
d[23.75] = 4082
if 71.5 in d: del d[71.5]
d[-17.75] = 4083
d[23.75] = 4084
d[50.25] = 4085
d.setdefault(-6.0, 4086)
d[-17.75] = 4087
d[52.75] = 4088
d[17.25] = 4089
d[63.5] = 4090
if -6.0 in d: del d[-6.0]
d.setdefault(-11.75, 4091)
d[-9.75] = 4092
d = d.copy()
print(list(d.items()))
print(d.popitem() if d else None)
d[41.25] = 4093
d[72.5] = 4094
d.setdefault(-3.75, 4095)
d[71.0] = 4096
d[61.5] = 4097
print(list(d.items()))
d[21.25] = 4098
d[-9.75] = 4099
d[43.5] = 4100
print(list(d.items()))
d[-15.0] = 4101
d[3000000000.0] = 4102
d[16.25] = 4103
d.update([(44.25, 4104), (58.0, 4105), (-11.75, 4106), (3000000000.0, 4107), (59.75, 4108)])
d[23.75] = 4109
d[1.75] = 4110
d.pop(69.5, None)
d[17.75] = 4111
print(list(d.items()))
d.pop(-6.0, None)
d[25.75] = 4112
d[11.0] = 4113
d[72.75] = 4114
if 40.5 in d: del d[40.5]
print(list(d.items()))
if 17.25 in d: del d[17.25]
d[2.25] = 4115
print(list(d.items()))
print('# dict_tuple_6')
d = {(87, 63, -6): 4116, ('ota', 'AuXa'): 4117, (1503, 38, 74): 4118, (58, 14, 87): 4119, (): 4120, (-1, 'assets'): 4121, ((5, 3941), 'v'): 4122, (): 4123}
print(list(d.items()))
print(d.popitem() if d else None)
d[((2677, 21), 'ud')] = 4124
if (87, 63, -6) in d: del d[(87, 63, -6)]
d[()] = 4125
d[()] = 4126
d[('lAyx3hs', 'ref')] = 4127
d[((84, -13), 'id')] = 4128
d[(58, 14, 87)] = 4129
d[((1339, 45), 'node_id')] = 4130
d[((5, 3941), 'v')] = 4131
d[(53,)] = 4132
d[((1339, 45), 'node_id')] = 4133
if () in d: del d[()]
if ((57, 84), 'ota') in d: del d[((57, 84), 'ota')]
if (1503, 38, 74) in d: del d[(1503, 38, 74)]
d[()] = 4134
d[(-3,)] = 4135
d[('dir', 'xXub4ospig')] = 4136
d.update([(('Z', 'v1.2.3'), 4137), ((86, '61ys9'), 4138), (((-556, 23), '6rpjzybA'), 4139), ((6, '\xe9'), 4140)])
print(list(d.items()))
d[('hc9ozif8v', 'if5')] = 4141
d[(58,)] = 4142
print(list(d.items()))
if (19, 95, 42) in d: del d[(19, 95, 42)]
d.update({('size', 'CwerrCs2yefw'): 4143})
d.update([(((55, 13), '4'), 4144)])
d[()] = 4145
d.setdefault((0, 'latest'), 4146)
d.setdefault((6, '\xe9'), 4147)
d[(-17,)] = 4148
d[(72, 'browser_download_url')] = 4149
d.setdefault((), 4150)
print(list(d.items()))
print('# dict_float_6')
d = dict.fromkeys([55.75, 62.0, 55.75, -7.75, 13.25, 32.5, -9.75, 75.0, -2.0], 0)
print(list(d.items()))
d[5.0] = 4160
d.update({32.5: 4161, 72.25: 4162, 22.5: 4163, 56.5: 4164, -18.25: 4165, 37.25: 4166})
print(list(d.items()))
d[55.75] = 4167
d[-7.75] = 4168
d[32.5] = 4169
d[55.5] = 4170
if 55.75 in d: del d[55.75]
d.update({47.25: 4171})
d.update({73.75: 4172})
d[31.25] = 4173
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if 11.5 in d: del d[11.5]
d[37.25] = 4174
if 30.75 in d: del d[30.75]
print(list(d.items()))
d[61.25] = 4175
d[40.5] = 4176
d[55.75] = 4177
d[22.25] = 4178
d[75.0] = 4179
if 22.5 in d: del d[22.5]
d[-17.5] = 4180
d[13.25] = 4181
print(list(d.items()))
print(list(d.items()))
d[0.0] = 4182
print(list(d.items()))
d[1073741824.5] = 4183
d.update([(-11.25, 4184), (-7.75, 4185), (66.25, 4186)])
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d.update({2.0: 4187, 47.25: 4188, 76.75: 4189, 14.75: 4190})
d[76.25] = 4191
print(list(d.items()))
d[38.75] = 4192
d.setdefault(31.25, 4193)
print(list(d.items()))
d[29.0] = 4194
d[55.75] = 4195
print(list(d.items()))
if -17.5 in d: del d[-17.5]
print(d.popitem() if d else None)
d[66.5] = 4196
if 66.25 in d: del d[66.25]
print(list(d.items()))
print(list(d.items()))
d[-17.5] = 4197
print(d.popitem() if d else None)
if -17.5 in d: del d[-17.5]
print(list(d.items()))
if 55.75 in d: del d[55.75]
d[19.75] = 4198
d[47.25] = 4199
print(list(d.items()))
print('# dict_tuple_7')
d = {(38,): 4200, (74, 'created_at'): 4201, ('c', 'mcq175h4d'): 4202, ((1, 10), '5'): 4203, (92, 'y1i3wnb32'): 4204}
print(list(d.items()))
d[(2975,)] = 4205
d[((-12, 31), '0Y_zz88')] = 4206
d[(97, 'retries')] = 4207
if (97, 'retries') in d: del d[(97, 'retries')]
d[((-17, 42), 'uuc_rp')] = 4208
d[(8, 99, 31)] = 4209
d[(92, 'y1i3wnb32')] = 4210
d[()] = 4211
d[((-17, 42), 'uuc_rp')] = 4212
d = d | {(2, 'message'): 4213}
print(list(d.items()))
d[(-913, 'Aavasr')] = 4214
d[(15, 'y')] = 4215
print(list(d.items()))
d[(97, 'retries')] = 4216
print(list(d.items()))
d[('\xe9', 'firmware')] = 4217
d.setdefault((92, 'y1i3wnb32'), 4218)
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if (4, 'Z') in d: del d[(4, 'Z')]
d[(0,)] = 4219
d[('body', 'r9Xx4z2d5B')] = 4220
if (1073741823, 87, 48) in d: del d[(1073741823, 87, 48)]
d[(1237,)] = 4221
if ('body', 'r9Xx4z2d5B') in d: del d[('body', 'r9Xx4z2d5B')]
d[(0,)] = 4222
d[(-2, 'prerelease')] = 4223
d[(-913, 'Aavasr')] = 4224
print(list(d.items()))
d[('7ozb', 'ref')] = 4225
d.pop(('7ozb', 'ref'), None)
d[(-2, 'draft')] = 4226
d[((89, 66), 'CmY')] = 4227
d.pop(((35, 41), 'status'), None)
d[(-20, 8, 1099511627776)] = 4228
d[(1010, 82, 26)] = 4229
d[(0,)] = 4230
d[((78, 74), 'prerelease')] = 4231
d = d | {}
if (97, 'retries') in d: del d[(97, 'retries')]
d |= {(2989, '5huzZpzkf0'): 4232, (97, 76, 24): 4233, (59,): 4234}
print(d.popitem() if d else None)
d[()] = 4235
d.setdefault(('c', 'mcq175h4d'), 4236)
d[('truncated', 'download_url')] = 4237
d[()] = 4238
d[(57, -970, 88)] = 4239
d[(84,)] = 4240
if (-2, 'prerelease') in d: del d[(-2, 'prerelease')]
d[(66, 'ydcl')] = 4241
print(list(d.items()))
print('# dict_float_7')
d = dict(zip([61.25, 39.0, 5.0, -10.25, 44.5, -7.5, 29.25, 53.0, 63.5, -16.25], [4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251]))
print(list(d.items()))
d[-10.25] = 4252
d[8.25] = 4253
d[75.75] = 4254
print(d.popitem() if d else None)
print(list(d.items()))
if 63.5 in d: del d[63.5]
print(list(d.items()))
d[0.0] = 4255
d[24.75] = 4256
d[-12.5] = 4257
d[39.0] = 4258
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d[55.25] = 4259
d.update({38.25: 4260})
print(list(d.items()))
d[-12.5] = 4261
print(list(d.items()))
d |= {3000000000.0: 4262, 3.0: 4263}
d[55.25] = 4264
d[32.0] = 4265
if 15.5 in d: del d[15.5]
d[70.0] = 4266
d[-11.0] = 4267
d[55.25] = 4268
d[-4.0] = 4269
print(list(d.items()))
d[19.75] = 4270
d[-10.0] = 4271
d.update([(14.75, 4272), (62.25, 4273), (22.5, 4274)])
print(list(d.items()))
if 45.75 in d: del d[45.75]
print(list(d.items()))
print(list(d.items()))
print('# dict_tuple_8')
d = {}
print(list(d.items()))
d.update({(3126, 6, -1099511627773): 4275, ((62, 1764), '2s4uokC29'): 4276, ('main.py', 'ai'): 4277, ((-16, -300), 'url'): 4278})
d.setdefault((2147483647, 'h9mz07h'), 4279)
d[(2147483647, 'h9mz07h')] = 4280
print(list(d.items()))
d[(54,)] = 4281
print(list(d.items()))
d[()] = 4282
d[(2147483647, 96, 687)] = 4283
d[(37, 'idjw5')] = 4284
d = d.copy()
d[(1073741823,)] = 4285
d[('s_u_2x', 'b2znpfcl')] = 4286
if (60, 'ZBbunjv7') in d: del d[(60, 'ZBbunjv7')]
d |= {(): 4287, ('lZb0t2_Cjj', 'y92oAa8'): 4288, (3,): 4289}
d[(11, 17, 56)] = 4290
d[(2891, 12, 90)] = 4291
if (54,) in d: del d[(54,)]
print(d.popitem() if d else None)
d[('\u20acuro', 'sm5jtwudsnc')] = 4292
d[((45, 21), '_mxoea1a88j')] = 4293
d[('1p3t7YXx4C0', "it's")] = 4294
d |= {}
print(list(d.items()))
print(list(d.items()))
d[('created_at', 'y1pa')] = 4295
print(list(d.items()))
d = d | {(428, 'ja8'): 4296, ((-12, 87), 'xadpvayy2cCt'): 4297, ('tree', 'truncated'): 4298, (2283, 93, 44): 4299}
d = d.copy()
d[((65536, 65), 'encoding')] = 4300
d[(-16, 41, 89)] = 4301
d.pop((2147483647, 'h9mz07h'), None)
d[('ref', 'xC')] = 4302
d.setdefault(((62, 1764), '2s4uokC29'), 4303)
d = d.copy()
d[()] = 4304
print(d.popitem() if d else None)
d.setdefault(((45, 21), '_mxoea1a88j'), 4305)
d[('fBbcbpf', 'commit')] = 4306
print(list(d.items()))
print(list(d.items()))
print('# dict_float_8')
d = dict.fromkeys([], 0)
print(list(d.items()))
d.pop(2.5, None)
print(list(d.items()))
d[79.75] = 4307
d[53.0] = 4308
d.update([(0.0, 4309), (-12.5, 4310), (31.5, 4311)])
d[54.5] = 4312
d[43.5] = 4313
print(d.popitem() if d else None)
d.update({30.75: 4314, -3.0: 4315, 62.75: 4316, -4.5: 4317, 54.0: 4318})
d.pop(8.0, None)
if 1073741824.5 in d: del d[1073741824.5]
print(list(d.items()))
d[-6.75] = 4319
d[-6.75] = 4320
d[8.5] = 4321
d.pop(7.25, None)
d[32.5] = 4322
d[-6.75] = 4323
if 11.25 in d: del d[11.25]
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
if 62.75 in d: del d[62.75]
d.setdefault(-6.75, 4324)
if 54.0 in d: del d[54.0]
d[1073741824.5] = 4325
d[62.75] = 4326
d[47.75] = 4327
d[62.75] = 4328
d[43.75] = 4329
d[46.75] = 4330
d[11.25] = 4331
d.pop(-13.25, None)
d[50.0] = 4332
print(list(d.items()))
d.pop(-6.75, None)
d.setdefault(-0.75, 4333)
d = d.copy()
d.update([(-17.5, 4334)])
if 53.0 in d: del d[53.0]
d = d.copy()
d[0.0] = 4335
d[-7.5] = 4336
d[63.75] = 4337
if 48.0 in d: del d[48.0]
print(list(d.items()))
print('# dict_tuple_9')
d = dict.fromkeys([(-1180591620717411303429, 'n'), (80, 'Y8fa32B4'), ('qc_y7mf5zs', 'content'), (32,)], 0)
print(list(d.items()))
d[(13,)] = 4342
d[(66, '')] = 4343
d = d.copy()
d[((50, 1418), 'Yc6__16ik879')] = 4344
d[()] = 4345
d.clear()
d.update([(('blob', 'nuag2'), 4346), ((), 4347), ((), 4348), ((41, 'timeout'), 4349), ((72, 'download_url'), 4350)])
d.update({((60, 25), 'y'): 4351, (59, 'content'): 4352})
d[(21,)] = 4353
print(d.popitem() if d else None)
d[('tab\there', '_7yB1vt')] = 4354
d[(-1180591620717411303429, 'n')] = 4355
d[()] = 4356
d[(70,)] = 4357
d[(92,)] = 4358
d[()] = 4359
d[(72, 'download_url')] = 4360
if ('tab\there', '_7yB1vt') in d: del d[('tab\there', '_7yB1vt')]
if (59, 'content') in d: del d[(59, 'content')]
d.setdefault((41, 'timeout'), 4361)
d.pop((92,), None)
print(list(d.items()))
d[()] = 4362
print(list(d.items()))
d.pop(('qc_y7mf5zs', 'content'), None)
print(list(d.items()))
d.update({(98, 'content'): 4363, (56, 'commit'): 4364, (-7,): 4365, (-65536,): 4366})
if (-1180591620717411303429, 'n') in d: del d[(-1180591620717411303429, 'n')]
d[(59, 'content')] = 4367
d[(1952, 'zrnw59lzd2l')] = 4368
d[(22, 's0pi2')] = 4369
d.update([((25, 'ref'), 4370), (((-14, 65), 'content'), 4371), ((1321, 4294967295, 95), 4372), (((1714, 1639), '9B'), 4373)])
d.setdefault((), 4374)
d[('browser_download_url', 'l')] = 4375
d.update({(41, 'ZB5Xfra2nrmB'): 4376, (): 4377, (2738, 'type'): 4378, ('main', 'aZdn6iv'): 4379})
if () in d: del d[()]
d.update([((64,), 4380)])
d[(79,)] = 4381
print(list(d.items()))
d[(681,)] = 4382
if ((1714, 1639), '9B') in d: del d[((1714, 1639), '9B')]
d[(-15,)] = 4383
d[((1714, 1639), '9B')] = 4384
print(list(d.items()))
d[((50, 1418), 'Yc6__16ik879')] = 4385
if (3064, 'x') in d: del d[(3064, 'x')]
print(list(d.items()))
print(d.popitem() if d else None)
d[()] = 4386
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d.update({((44, 61), 'aybX0z2bCZ78'): 4387, (53,): 4388, (3,): 4389, (76,): 4390})
print(list(d.items()))
print('# dict_float_9')
d = dict.fromkeys([63.0, 43.0, 7.0, 65.75, -16.5, 26.5, 0.5, -8.0, 16.25, 28.5, 20.5, 37.75], 0)
print(list(d.items()))
d[65.75] = 4403
d[-16.5] = 4404
if 43.0 in d: del d[43.0]
d.pop(-3000000000.0, None)
d[44.75] = 4405
if -17.5 in d: del d[-17.5]
if 63.25 in d: del d[63.25]
d[28.0] = 4406
d |= {33.0: 4407}
d.update([(29.25, 4408), (71.5, 4409), (-6.75, 4410), (76.25, 4411), (-19.0, 4412)])
d[29.25] = 4413
print(list(d.items()))
d[0.5] = 4414
d.setdefault(-6.75, 4415)
d[31.5] = 4416
d.update({-17.0: 4417, 77.0: 4418, -6.0: 4419, 50.75: 4420})
d[76.75] = 4421
d[-13.5] = 4422
print(list(d.items()))
d[28.0] = 4423
d[69.75] = 4424
d[7.0] = 4425
print(list(d.items()))
