<#ftl output_format="LaTeX">
<#-- Macros shared by the LaTeX certificate and the LaTeX audit: a verdict in its colour, and
     the white-on-colour verdict box of the banner. -->
<#macro verdictText v><#switch v><#case "TIGHT">\textbf{\textcolor{rgb,255:red,11;green,83;blue,148}{TIGHT}}<#break><#case "HOLDS">\textbf{\textcolor{rgb,255:red,19;green,115;blue,51}{HOLDS}}<#break><#case "FAILS">\textbf{\textcolor{rgb,255:red,197;green,34;blue,31}{FAILS}}<#break><#default>\textbf{\textcolor{rgb,255:red,176;green,96;blue,0}{${v}}}</#switch></#macro>
<#macro verdictBox v><#switch v><#case "PASS">\fcolorbox{white}{rgb,255:red,19;green,115;blue,51}{\textcolor{white}{\large\bfseries\ PASS\ }}<#break><#case "FAIL">\fcolorbox{white}{rgb,255:red,197;green,34;blue,31}{\textcolor{white}{\large\bfseries\ FAIL\ }}<#break><#default>\fcolorbox{white}{rgb,255:red,176;green,96;blue,0}{\textcolor{white}{\large\bfseries\ ${v}\ }}</#switch></#macro>
