<#ftl output_format="LaTeX">
<#-- The LaTeX audit of a paper. Auto-escaped by the LaTeX output format (LatexOutputFormat):
     every ${...} from the paper is printed literally; only .math (the tool's own LaTeX printer)
     is markup built in Java. Uses the same packages as the certificate. -->
<#include "latex-common.ftl">
<#macro severity s><#switch s><#case "error">\colorbox{rgb,255:red,197;green,34;blue,31}{\textcolor{white}{\scriptsize\bfseries ERROR}}<#break><#case "warning">\colorbox{rgb,255:red,176;green,96;blue,0}{\textcolor{white}{\scriptsize\bfseries WARNING}}<#break><#default>\colorbox{rgb,255:red,26;green,115;blue,232}{\textcolor{white}{\scriptsize\bfseries NOTE}}</#switch></#macro>
<#macro depth c which><#if c["has" + which?cap_first + "Term"]>${c[which + "Term"].math}<#if c.claimedClass?has_content>\newline{\footnotesize class <#if which == "stated">${c.claimedClass}<#else>${c.computedClass}</#if>}</#if><#elseif c.claimedClass?has_content>class <#if which == "stated">${c.claimedClass}<#else>${c.computedClass}</#if><#else>${c[which]}</#if></#macro>
\documentclass[10pt,a4paper]{article}
\usepackage[margin=2cm]{geometry}
\usepackage[utf8]{inputenc}
\usepackage{amsmath,amssymb,amsthm,array,booktabs,longtable,tikz}
\begin{document}
% long unbreakable words (paths, formulas in messages): rather a loose line than one in the margin
\sloppy
\section*{Depth audit: ${title}}
\noindent
<@verdictBox verdict/><#nt>
\quad\textbf{${headline}.}
<#list failing as c>

\smallskip\noindent\textbf{Not established by this construction:} \textbf{${c.id}} states <@depth c "stated"/> but <#if c.construction?has_content>${c.construction}<#else>the DAG</#if> needs <@depth c "computed"/><#if c.counterexample?has_content> (a counterexample to the bound for this construction: \texttt{${c.counterexample}})</#if>.<#if c.readingSummary?has_content> In every reading: ${c.readingSummary}.</#if>
</#list>
<#if errorsIn?size gt 0>

\smallskip\noindent\textbf{Errors in:} <#list errorsIn as e>${e.claim} (${e.checks})<#sep>, </#list>.
</#if>

\smallskip\noindent{\small\textbf{What a verdict means.} ${meaning}\par}

\smallskip\noindent{\small\raggedright ${source}<#if file?has_content>. Paper file \texttt{${fileTex}}</#if>.\par}

\subsection*{Architectures}
{\small
\begin{longtable}{@{}>{\raggedright}p{4.2cm}>{\raggedright}p{3.6cm}>{\raggedright}p{6.2cm}>{\raggedright\arraybackslash}p{1.6cm}@{}}
\toprule
architecture & spec & depth of the DAG & class, size\\
\midrule
\endhead
<#list architectures as a>
${a.name} & \texttt{${a.specTex}} & \texttt{${a.depth}} & ${a.klass}, <#if a.sizeDegree?has_content>$O(n^{${a.sizeDegree}})$<#else>poly(n)</#if>\\
</#list>
\bottomrule
\end{longtable}}
<#assign withReadings = architectures?filter(a -> a.readings?size gt 0)>
<#if withReadings?size gt 0>

\subsection*{Readings (constructions)}
Where the paper can be read in several ways, the spec declares each reading; each is a construction of its own, folded separately, and every statement is checked in each. A statement's verdict rests on the first (base) reading; the others are listed under it.
{\small
\begin{longtable}{@{}>{\raggedright}p{2.6cm}>{\raggedright}p{3.0cm}>{\raggedright}p{6.4cm}>{\raggedright\arraybackslash}p{3.8cm}@{}}
\toprule
architecture & reading & what it takes the paper to say & depth of the model\\
\midrule
\endhead
<#list withReadings as a><#list a.readings as r>
${a.key} & \textbf{${r.reading}}\newline{\footnotesize <#if r.variant?has_content>variant \texttt{${r.variant}}<#else>base reading</#if>} & ${r.reason} & \texttt{${r.depth}}\\
</#list></#list>
\bottomrule
\end{longtable}}
</#if>

\subsection*{Statements}
<#if claims?size == 0>
The paper file states no depth, class or hardness.
<#else>
{\small\setlength{\tabcolsep}{4pt}
\begin{longtable}{@{}>{\raggedright}p{2.6cm}>{\raggedright}p{1.4cm}>{\raggedright}p{4.1cm}>{\raggedright}p{4.3cm}>{\raggedright\arraybackslash}p{3.4cm}@{}}
\toprule
statement & verdict & stated & computed (this construction) & detail\\
\midrule
\endhead
<#list claims as c>
\textbf{${c.id}}\newline{\footnotesize <#if c.section?has_content>section ${c.section}, </#if>line ${c.line}} & <@verdictText c.verdict/><#if c.reading?has_content>\newline{\footnotesize rests on: ${c.reading}}</#if> & <@depth c "stated"/> & <@depth c "computed"/><#if c.construction?has_content>\newline{\footnotesize ${c.construction}}</#if> & <#if c.slack?has_content>slack \texttt{${c.slack}} </#if><#if c.counterexample?has_content>counterexample \texttt{${c.counterexample}}\newline{}</#if><#if c.holdsIf?has_content>${c.holdsIfWords} \texttt{${c.holdsIf}}</#if><#if c.verdict == "TIGHT">equal</#if><#if c.readingSummary?has_content>\newline{}\textbf{${c.readingSummary}}</#if>\\
<#list c.readings as r>
\quad{\footnotesize reading: ${r.reading}} & <@verdictText r.verdict/> & & \texttt{${r.computed}} & {\footnotesize ${r.detail}}\\
</#list>
</#list>
\bottomrule
\end{longtable}}
</#if>

\subsection*{Findings by statement}
<#if groups?size == 0>
No findings.
</#if>
<#list groups as g>

\paragraph*{${g.claim}}<#if g.verdict?has_content> <@verdictText g.verdict/></#if> {\small (${g.counts})}
% a list whose labels (the severity boxes) fit inside the text block, unlike itemize's
\begin{list}{}{\setlength{\labelwidth}{4.6em}\setlength{\leftmargin}{5.2em}\setlength{\itemsep}{2pt}}
<#list g.findings as f>
\item[<@severity f.severity/>] \texttt{${f.check}}: ${f.message}<#if f.about?has_content>\newline{\footnotesize\emph{about:} ${f.about}}</#if>
</#list>
\end{list}
</#list>

\bigskip\noindent{\footnotesize Audit by ${tool} of \texttt{${fileTex}}; the machine-readable audit is audit.json.}
\end{document}
