# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of core/ (docs/architecture.md) are walls the build keeps: a header of a layer is
# reachable only from the layers above it. Each row below compiles, with the include path a
# layer's own sources get, one include of a layer above it, and expects the compiler to fail;
# the same command with an include of the layer itself must succeed, so a failure for any other
# reason (a missing Qt header, a wrong flag) fails the test instead of passing it.
set(LECTOR_WALLS
    # layer        its own header               a header of a layer above it
    "model         model/analysis.h             text/tokenizer.h"
    "text          text/tokenizer.h             analysis/analyser.h"
    "text          text/tokenizer.h             lexicon/gazetteer.h"
    "lexicon       lexicon/gazetteer.h          analysis/analyser.h"
    "lexicon       lexicon/gazetteer.h          io/articlereader.h"
    "io            io/articlereader.h           analysis/pipeline.h"
    "analysis      analysis/pipeline.h          io/articlereader.h"
    "analysis      analysis/pipeline.h          corrections/correction.h"
    "corrections   corrections/correction.h     export/jsonexporter.h"
    "export        export/jsonexporter.h        library/articlelibrary.h"
    "io            io/articlereader.h           net/pagefetcher.h"
    "library       library/feedstore.h          net/pagefetcher.h"
    "net           net/pagefetcher.h            library/articlelibrary.h"
    "net           net/pagefetcher.h            feeds/feedupdater.h")

foreach(row IN LISTS LECTOR_WALLS)
    string(REGEX REPLACE " +" ";" row "${row}")
    list(GET row 0 layer)
    list(GET row 1 own)
    list(GET row 2 above)
    string(REGEX REPLACE "[/.]" "_" above_name "${above}")
    set(includes "$<TARGET_PROPERTY:lector_${layer},INCLUDE_DIRECTORIES>")
    # "|" separates the flags: a ";" would split the -D argument.
    set(flags "-std=c++20|-fsyntax-only|-fPIC|-x|c++|-I$<JOIN:${includes},|-I>")
    add_test(NAME layer_wall_${layer}_${above_name}
             COMMAND ${CMAKE_COMMAND} -DCOMPILER=${CMAKE_CXX_COMPILER} "-DFLAGS=${flags}"
                     -DOWN=${own} -DABOVE=${above} -DNAME=${layer}_${above_name}
                     -P ${CMAKE_CURRENT_SOURCE_DIR}/layerwall.cmake)
    set_tests_properties(layer_wall_${layer}_${above_name} PROPERTIES TIMEOUT 60 LABELS layers)
endforeach()
