import LedeAnalysis
print("lede: not yet written")
