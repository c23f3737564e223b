<#ftl output_format="LaTeX">
<#-- The LaTeX certificate. Auto-escaped by the LaTeX output format (LatexOutputFormat): every
     ${...} from the spec is printed literally; only .math (the tool's own LaTeX for formulas),
     .picture (TikZ) and .texColour are markup built in Java. Uses only packages from Debian's
     texlive-latex-base, -latex-recommended and -pictures. -->
<#include "latex-common.ftl">
<#if !fragment>
\documentclass[10pt,a4paper]{article}
\usepackage[margin=2cm]{geometry}
\usepackage[utf8]{inputenc}
\usepackage{amsmath,amssymb,amsthm,array,booktabs,longtable,tikz}
\begin{document}
</#if>
% depthcert certificate. As a fragment it needs: amsmath, amssymb, amsthm, array, booktabs,
% longtable, tikz (which loads xcolor).
% \sloppy, in a group so that a paper's own text after \input is not affected: identifiers and
% paths in typewriter type break only at their punctuation, so lines may stretch instead.
\begingroup\sloppy
\section*{Depth certificate: ${title}}
\noindent
<@verdictBox verdict/><#nt>
\quad\textbf{${headline}.} ${klass.statement}.

\smallskip\noindent{\small\raggedright ${source}<#if file?has_content>. Spec \texttt{${fileBreakable}}</#if>.\par}
<#if variant?has_content>

\smallskip\noindent\textbf{Reading: variant \texttt{${variant}}} of the spec; every depth below is that construction's.
</#if>

\smallskip\noindent{\footnotesize ${meaning}\par}
<#if description?has_content>

\smallskip\noindent{\small\sloppy ${description}\par}
</#if>

\medskip\noindent\textbf{Lemma (certified depth).}\ \textit{Let <#list parameters as p>$${p.name}$ be the ${p.meaning}<#sep>, </#list>; assume <#list assumptions as a>\texttt{${a}}<#sep>, </#list>, and let every depth constant (<#list constants as k>\texttt{${k}}<#sep>, </#list>) be a positive integer. The model \emph{${title}}, composed as \texttt{${composition}}, is computed by a circuit of depth}
\begin{center}
${depth.math}
\end{center}
\noindent\textit{made of ${sizeGadgets.math} primitive gadgets, that is <#if sizeDegree?has_content>$O(n^{${sizeDegree}})$<#else>${sizeBound}</#if> many. Hence it lies in ${klass.statement}.}
<#if userAssumptions?has_content>

\medskip\noindent\textbf{Assumptions from lemma files} (not lemmas of the seed paper). <#list userAssumptions as u>\texttt{${u.name}} (${u.kind}): ${u.text}; declared in \texttt{${u.file}}:${u.line}, file SHA-256 \texttt{${u.sha256Start}}\ldots<#sep>. </#list>.
</#if>

\begin{proof}
<#list blocks as b>
<#if b.opaque>
Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if> is opaque, of assumed depth ${b.depth.math}.
<#else>
Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if> has depth ${b.depth.math}: each node's arrival depth is the largest arrival depth of its inputs plus the depth of the lemma it applies (its figure shows the data flow).
<#list b.paths as p>
Along critical path ${p.number} (\textcolor${p.texColour}{\rule[0.4ex]{1.5em}{2pt}}) the depths add up to ${p.term.math}:
\begin{center}\small
<@fitWidth>\begin{tabular}{@{}lllll@{}}
\toprule
edge & op & lemma & adds & depth so far\\
\midrule
<#list p.steps as s>
\texttt{${s.from}} $\to$ \texttt{${s.node}} & \texttt{${s.op}} & ${s.lemma} & ${s.local.math} & ${s.arrival.math}\\
</#list>
\bottomrule
\end{tabular}</@fitWidth>
\end{center}
</#list>
</#if>
</#list>
The model composes these blocks as \texttt{${composition}}<#if composition?contains("*")>, a repeated part adding its depth once per repetition</#if>, which gives the depth above. Every step and every inequality below is re-checkable from certificate.json in exact arithmetic.
\end{proof}

\subsection*{Claims}
<#if claims?size == 0>
The spec states no claims.
<#else>
{\small\setlength{\tabcolsep}{3pt}
<#-- column widths are fractions of the line (0.13 + 0.12 + 0.24 + 0.27 + 0.24 = 1) less the
     eight 3pt column gaps, so the table fits a certificate page and a paper's narrower column
     (the verdict column takes a bold HOLDS at 345pt, the article class's width) -->
\begin{longtable}{@{}>{\raggedright}p{\dimexpr0.13\linewidth-4.8pt}>{\raggedright}p{\dimexpr0.12\linewidth-4.8pt}>{\raggedright}p{\dimexpr0.24\linewidth-4.8pt}>{\raggedright}p{\dimexpr0.27\linewidth-4.8pt}>{\raggedright\arraybackslash}p{\dimexpr0.24\linewidth-4.8pt}@{}}
\toprule
claim & verdict & stated & computed & slack, counterexample, condition\\
\midrule
\endhead
<#list claims as c>
\textbf{${c.idBreakable}}\newline{\footnotesize ${c.subjectBreakable}} & <@verdictText c.verdict/><#if c.claimedClass?has_content>\newline{\footnotesize class ${c.claimedClass}: ${c.classVerdict}}</#if> & <#if c.hasStated>${c.stated.math}<#else>--</#if> & ${c.computed.math} & <#if c.hasSlack>slack ${c.slack.math}</#if><#if c.termSlacks?size gt 0>slack per term:<#list c.termSlacks as t>\newline ${t.slack.math} for term ${t?counter}</#list></#if><#if c.hasExcess>excess ${c.excess.math}</#if><#if c.counterexample?has_content> counterexample \texttt{${c.counterexample}}</#if><#if c.holdsIf?has_content> ${c.holdsIfWords} \texttt{${c.holdsIf}}</#if><#if c.verdict == "FAILS" && !c.holdsIf?has_content> never holds</#if>\\
</#list>
\bottomrule
\end{longtable}}

\noindent The stated bounds as written in the paper:
\begin{itemize}
<#list claims as c>
\item[$\bullet$] ${c.id} (${c.source}): <#if c.statedAsWritten?has_content>${c.statedWritten}<#else>no depth stated</#if>
</#list>
\end{itemize}
</#if>
<#if findings?size gt 0>

\subsection*{Findings}
\begin{itemize}
<#list findings as f>
\item[$\bullet$] \textbf{${f.severity}}<#if f.claim?has_content> (${f.claim})</#if>, ${f.check}: ${f.message}
</#list>
\end{itemize}
</#if>
<#if klass.corollaries?size gt 0>

\subsection*{Hardness corollaries}
\begin{itemize}
<#list klass.corollaries as k>
\item[$\bullet$] ${k.statement} (${k.reference})
</#list>
\end{itemize}
</#if>
<#list blocks as b>
<#if !b.opaque>

\begin{figure}[!htbp]
\centering
<@fitPage>${b.picture}</@fitPage>
\caption{Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if>: data flow, inputs dashed<#list b.paths as p>; critical path ${p.number} \textcolor${p.texColour}{\rule[0.4ex]{1.5em}{2pt}} of depth ${p.term.math}</#list>.<#if b.pictureOmits?has_content> ${b.pictureOmits}</#if>}
\end{figure}
</#if>
</#list>

\noindent{\footnotesize Certificate format ${certVersion}, ${tool}. Spec sha256 \texttt{${specShaBreakable}}, lemma catalog sha256 \texttt{${catalogShaBreakable}}.}
\par\endgroup
<#if !fragment>
\end{document}
</#if>
