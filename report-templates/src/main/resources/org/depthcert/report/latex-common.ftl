<#ftl output_format="LaTeX">
<#-- Macros shared by the LaTeX certificate and the LaTeX audit: a verdict in its colour, and
     the white-on-colour verdict box of the banner. -->
<#macro verdictText v><#switch v><#case "TIGHT">\textbf{\textcolor{rgb,255:red,11;green,83;blue,148}{TIGHT}}<#break><#case "HOLDS">\textbf{\textcolor{rgb,255:red,19;green,115;blue,51}{HOLDS}}<#break><#case "FAILS">\textbf{\textcolor{rgb,255:red,197;green,34;blue,31}{FAILS}}<#break><#default>\textbf{\textcolor{rgb,255:red,176;green,96;blue,0}{${v}}}</#switch></#macro>
<#macro verdictBox v><#switch v><#case "PASS">\fcolorbox{white}{rgb,255:red,19;green,115;blue,51}{\textcolor{white}{\large\bfseries\ PASS\ }}<#break><#case "FAIL">\fcolorbox{white}{rgb,255:red,197;green,34;blue,31}{\textcolor{white}{\large\bfseries\ FAIL\ }}<#break><#default>\fcolorbox{white}{rgb,255:red,176;green,96;blue,0}{\textcolor{white}{\large\bfseries\ ${v}\ }}</#switch></#macro>
<#-- Box 0 (TeX's scratch box, local to the figure or centre group) holds the content; it is
     scaled down to the line width, and a picture also to 70% of the page height, so that a large
     DAG or a wide table never runs off the page ("Float too large", overfull boxes). graphicx's
     \resizebox comes with TikZ. Defines no macro, so the fragment can be \input twice. -->
<#macro fitWidth>\sbox0{<#nested>}\ifdim\wd0>\linewidth\sbox0{\resizebox{\linewidth}{!}{\usebox0}}\fi\usebox0</#macro>
<#macro fitPage>\sbox0{<#nested>}\ifdim\wd0>\linewidth\sbox0{\resizebox{\linewidth}{!}{\usebox0}}\fi\ifdim\ht0>0.7\textheight\sbox0{\resizebox{!}{0.7\textheight}{\usebox0}}\fi\usebox0</#macro>
