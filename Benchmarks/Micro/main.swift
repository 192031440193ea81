import LedeAnalysis
print("lede-microbench: not yet written")
